package org.euc.portal.ledger.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.euc.portal.common.domain.RuleViolationException;

/** One ledger entry in a sample: why it was picked, and the inspector's findings once inspected. */
@Entity
@Table(name = "ledger_sample_entry")
public class LedgerSampleEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sample_id", updatable = false)
    private LedgerSample sample;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entry_id", updatable = false)
    private LedgerEntry entry;

    @Enumerated(EnumType.STRING)
    @Column(name = "pick_reason", nullable = false, updatable = false, length = 20)
    private SamplePlan.Reason pickReason;

    @Column(name = "inspected_at")
    private Instant inspectedAt;

    @Column(name = "inspected_by", length = 100)
    private String inspectedBy;

    @Column
    private String findings;

    @Version
    private long version;

    protected LedgerSampleEntry() {
        // for JPA
    }

    LedgerSampleEntry(LedgerSample sample, LedgerEntry entry, SamplePlan.Reason pickReason) {
        this.sample = sample;
        this.entry = entry;
        this.pickReason = pickReason;
    }

    public void inspect(String inspector, String writtenFindings, Instant now) {
        if (writtenFindings == null || writtenFindings.isBlank()) {
            throw new RuleViolationException("rule.sample.findingsRequired");
        }
        inspectedBy = inspector;
        findings = writtenFindings.strip();
        inspectedAt = now;
    }

    public Long getId() {
        return id;
    }

    public LedgerSample getSample() {
        return sample;
    }

    public LedgerEntry getEntry() {
        return entry;
    }

    public SamplePlan.Reason getPickReason() {
        return pickReason;
    }

    public Instant getInspectedAt() {
        return inspectedAt;
    }

    public String getInspectedBy() {
        return inspectedBy;
    }

    public String getFindings() {
        return findings;
    }
}

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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.euc.portal.common.domain.RuleViolationException;

/** One ledger entry in a sample: why it was picked, and every inspector's findings on it. */
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

    @OneToMany(mappedBy = "sampleEntry")
    @OrderBy("writtenAt, id")
    private List<LedgerSampleFinding> findings = new ArrayList<>();

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

    /** Adds an inspector's findings; what others wrote before stays as it was. */
    public LedgerSampleFinding addFinding(String inspector, String writtenFindings, Instant now) {
        if (writtenFindings == null || writtenFindings.isBlank()) {
            throw new RuleViolationException("rule.sample.findingsRequired");
        }
        LedgerSampleFinding finding = new LedgerSampleFinding(this, inspector, writtenFindings.strip(), now);
        findings.add(finding);
        return finding;
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

    public List<LedgerSampleFinding> getFindings() {
        return Collections.unmodifiableList(findings);
    }
}

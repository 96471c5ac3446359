package org.euc.portal.ledger.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** What one inspector found on a sampled entry, and when: appended, never changed. */
@Entity
@Table(name = "ledger_sample_finding")
public class LedgerSampleFinding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sample_entry_id", updatable = false)
    private LedgerSampleEntry sampleEntry;

    @Column(name = "written_by", nullable = false, updatable = false, length = 100)
    private String writtenBy;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    @Column(nullable = false, updatable = false)
    private String text;

    protected LedgerSampleFinding() {
        // for JPA
    }

    LedgerSampleFinding(LedgerSampleEntry sampleEntry, String writtenBy, String text, Instant writtenAt) {
        this.sampleEntry = sampleEntry;
        this.writtenBy = writtenBy;
        this.text = text;
        this.writtenAt = writtenAt;
    }

    public String getWrittenBy() {
        return writtenBy;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public String getText() {
        return text;
    }
}

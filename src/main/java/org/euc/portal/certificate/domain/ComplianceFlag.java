package org.euc.portal.certificate.domain;

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

/** A rule's finding about a certificate, open until a reviewer resolves it with a written reason. */
@Entity
@Table(name = "compliance_flag")
public class ComplianceFlag {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "certificate_id", updatable = false)
    private Certificate certificate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 60)
    private FlagRule rule;

    @Column(nullable = false, updatable = false)
    private boolean blocking;

    @Column(nullable = false, updatable = false)
    private String detail;

    @Column(name = "revision_number", updatable = false)
    private Integer revisionNumber;

    /** The ledger entry a ledger rule found this in; null for flags about the certificate itself. */
    @Column(name = "ledger_entry_id", updatable = false)
    private Long ledgerEntryId;

    @Column(name = "raised_at", nullable = false, updatable = false)
    private Instant raisedAt;

    @Column(name = "raised_by", nullable = false, updatable = false, length = 100)
    private String raisedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "resolved_by", length = 100)
    private String resolvedBy;

    @Column
    private String resolution;

    @Version
    private long version;

    protected ComplianceFlag() {
        // for JPA
    }

    ComplianceFlag(Certificate certificate, FlagRule rule, String detail, Long ledgerEntryId, String raisedBy,
            Instant raisedAt) {
        this.ledgerEntryId = ledgerEntryId;
        this.certificate = certificate;
        this.rule = rule;
        this.blocking = rule.isBlocking();
        this.detail = detail;
        this.revisionNumber = certificate.getCurrentRevisionNumber();
        this.raisedBy = raisedBy;
        this.raisedAt = raisedAt;
    }

    public void resolve(String reviewer, String writtenReason, Instant now) {
        if (isResolved()) {
            throw new RuleViolationException("rule.flag.alreadyResolved", resolvedBy);
        }
        if (writtenReason == null || writtenReason.isBlank()) {
            throw new RuleViolationException("rule.flag.reasonRequired");
        }
        resolvedBy = reviewer;
        resolution = writtenReason.strip();
        resolvedAt = now;
    }

    public boolean isResolved() {
        return resolvedAt != null;
    }

    public boolean isOpenAndBlocking() {
        return blocking && !isResolved();
    }

    public Long getId() {
        return id;
    }

    public Certificate getCertificate() {
        return certificate;
    }

    public FlagRule getRule() {
        return rule;
    }

    public boolean isBlocking() {
        return blocking;
    }

    public String getDetail() {
        return detail;
    }

    public Long getLedgerEntryId() {
        return ledgerEntryId;
    }

    public Integer getRevisionNumber() {
        return revisionNumber;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public String getRaisedBy() {
        return raisedBy;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public String getResolvedBy() {
        return resolvedBy;
    }

    public String getResolution() {
        return resolution;
    }

    public long getVersion() {
        return version;
    }
}

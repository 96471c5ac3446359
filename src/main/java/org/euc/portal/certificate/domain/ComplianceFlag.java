package org.euc.portal.certificate.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import org.euc.portal.common.i18n.Phrase;
import org.euc.portal.common.persistence.StoredPhrase;
import org.euc.portal.common.security.Caller;

/**
 * A rule's finding about a certificate, open until a reviewer resolves it with a written reason
 * or the portal closes it because it no longer stands. What the portal writes (the finding, its
 * own reason for closing) is kept as a {@link Phrase}, worded in each reader's language; flags
 * raised before phrases keep their English text.
 */
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

    /** A phrase; English text in flags raised before phrases (V19). */
    @Embedded
    @AttributeOverride(name = "text", column = @Column(name = "detail", updatable = false))
    @AttributeOverride(name = "phrase", column = @Column(name = "detail_phrase", updatable = false))
    private StoredPhrase detail;

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

    /** A reviewer's written reason, or the portal's when it closed the flag itself. */
    @Embedded
    @AttributeOverride(name = "text", column = @Column(name = "resolution"))
    @AttributeOverride(name = "phrase", column = @Column(name = "resolution_phrase"))
    private StoredPhrase resolution;

    @Version
    private long version;

    protected ComplianceFlag() {
        // for JPA
    }

    ComplianceFlag(Certificate certificate, FlagRule rule, Phrase detail, Long ledgerEntryId, String raisedBy,
            Instant raisedAt) {
        this.ledgerEntryId = ledgerEntryId;
        this.certificate = certificate;
        this.rule = rule;
        this.blocking = rule.isBlocking();
        this.detail = StoredPhrase.of(detail);
        this.revisionNumber = certificate.getCurrentRevisionNumber();
        this.raisedBy = raisedBy;
        this.raisedAt = raisedAt;
    }

    public void resolve(String reviewer, String writtenReason, Instant now) {
        if (writtenReason == null || writtenReason.isBlank()) {
            throw new RuleViolationException("rule.flag.reasonRequired");
        }
        markResolved(reviewer, now);
        resolution = StoredPhrase.of(Phrase.verbatim(writtenReason.strip()));
    }

    /** The portal closes the flag: what it said no longer stands, for the reason given. */
    void close(Phrase reason, Instant now) {
        markResolved(Caller.SYSTEM, now);
        resolution = StoredPhrase.of(reason);
    }

    private void markResolved(String by, Instant now) {
        if (isResolved()) {
            throw new RuleViolationException("rule.flag.alreadyResolved", resolvedBy);
        }
        resolvedBy = by;
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

    public Phrase getDetail() {
        return StoredPhrase.read(detail);
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

    /** Null while open; a reviewer's reason is verbatim text. */
    public Phrase getResolution() {
        return StoredPhrase.read(resolution);
    }

    public long getVersion() {
        return version;
    }
}

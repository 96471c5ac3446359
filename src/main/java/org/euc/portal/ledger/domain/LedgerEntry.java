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
import java.time.Instant;
import java.time.LocalDate;
import org.euc.portal.certificate.domain.Certificate;
import org.euc.portal.certificate.domain.TerroristAct;
import org.euc.portal.common.document.StoredDocument;
import org.euc.portal.common.domain.RuleViolationException;
import org.euc.portal.common.integrity.HashChain;
import org.euc.portal.common.integrity.Timestamps;
import org.euc.portal.reference.domain.Offence;

/**
 * One entry of a certificate's judicial authorization ledger. Written once, never changed (the
 * database refuses it); sealed into the certificate's hash chain when it is created.
 */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "certificate_id", updatable = false)
    private Certificate certificate;

    @Column(nullable = false, updatable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "entry_type", nullable = false, updatable = false, length = 20)
    private EntryType type;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "amends_entry_id", updatable = false)
    private LedgerEntry amends;

    @Column(name = "amendment_reason", updatable = false)
    private String amendmentReason;

    @Column(name = "order_reference", nullable = false, updatable = false, length = 100)
    private String orderReference;

    @Column(name = "issuing_authority", nullable = false, updatable = false, length = 200)
    private String issuingAuthority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 40)
    private AuthorizationKind kind;

    @Column(name = "other_citation", updatable = false, length = 500)
    private String otherCitation;

    @Column(name = "issued_on", nullable = false, updatable = false)
    private LocalDate issuedOn;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private LocalDate validFrom;

    @Column(name = "valid_until", nullable = false, updatable = false)
    private LocalDate validUntil;

    @Column(name = "used_from", nullable = false, updatable = false)
    private LocalDate usedFrom;

    @Column(name = "used_until", nullable = false, updatable = false)
    private LocalDate usedUntil;

    @Enumerated(EnumType.STRING)
    @Column(name = "terrorist_act", updatable = false, length = 60)
    private TerroristAct terroristAct;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "offence_id", updatable = false)
    private Offence offence;

    @Column(nullable = false, updatable = false)
    private Integer targets;

    @Column(name = "operation_reference", updatable = false, length = 100)
    private String operationReference;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "document_id", updatable = false)
    private StoredDocument document;

    @Column(name = "document_sha256", updatable = false, length = 64)
    private String documentSha256;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 100)
    private String recordedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 10)
    private LedgerChannel channel;

    @Column(name = "previous_hash", nullable = false, updatable = false, length = 64)
    private String previousHash;

    @Column(nullable = false, updatable = false, length = 64)
    private String hash;

    protected LedgerEntry() {
        // for JPA
    }

    /**
     * Seals a new entry onto the end of a certificate's chain.
     *
     * @param previous the certificate's current last entry, or null for its first
     * @param amends for a correction or cancellation, the entry it amends (of the same certificate)
     * @param offence the offence when the legal basis is one, resolved from the input's code
     */
    public static LedgerEntry append(Certificate certificate, LedgerEntry previous, EntryType type, LedgerEntry amends,
            String amendmentReason, AuthorizationInput input, Offence offence, StoredDocument document,
            LedgerChannel channel, String recordedBy, Instant now) {
        if ((type == EntryType.RECORD) != (amends == null)) {
            throw new RuleViolationException("rule.ledger.amendmentTarget");
        }
        if (amends != null && (amends.certificate != certificate || amends.type == EntryType.CANCELLATION
                || amends.type == EntryType.NO_USE_ATTESTATION)) {
            throw new RuleViolationException("rule.ledger.amendmentTarget");
        }
        if (amends != null && (amendmentReason == null || amendmentReason.isBlank())) {
            throw new RuleViolationException("rule.ledger.amendmentReason");
        }
        LedgerEntry entry = new LedgerEntry();
        entry.certificate = certificate;
        entry.position = previous == null ? 1 : previous.position + 1;
        entry.previousHash = previous == null ? HashChain.GENESIS : previous.hash;
        entry.type = type;
        entry.amends = amends;
        entry.amendmentReason = amendmentReason == null ? null : amendmentReason.strip();
        entry.orderReference = input.orderReference().strip();
        entry.issuingAuthority = input.issuingAuthority().strip();
        entry.kind = input.kind();
        entry.otherCitation = blankToNull(input.otherCitation());
        entry.issuedOn = input.issuedOn();
        entry.validFrom = input.validFrom();
        entry.validUntil = input.validUntil();
        entry.usedFrom = input.usedFrom();
        entry.usedUntil = input.usedUntil();
        entry.terroristAct = input.terroristAct();
        entry.offence = offence;
        entry.targets = input.targets();
        entry.operationReference = blankToNull(input.operationReference());
        entry.document = document;
        entry.documentSha256 = document == null ? null : document.getSha256();
        entry.channel = channel;
        entry.recordedBy = recordedBy;
        entry.recordedAt = Timestamps.toMicros(now);
        entry.hash = HashChain.hashOf(entry.previousHash, entry.link());
        return entry;
    }

    /**
     * Attests that the certificate's system was not used from one day to another: an entry of its
     * own kind, with no order, chained like every other.
     */
    public static LedgerEntry attestNoUse(Certificate certificate, LedgerEntry previous, LocalDate from, LocalDate until,
            LedgerChannel channel, String recordedBy, Instant now) {
        LedgerEntry entry = new LedgerEntry();
        entry.certificate = certificate;
        entry.position = previous == null ? 1 : previous.position + 1;
        entry.previousHash = previous == null ? HashChain.GENESIS : previous.hash;
        entry.type = EntryType.NO_USE_ATTESTATION;
        entry.usedFrom = from;
        entry.usedUntil = until;
        entry.channel = channel;
        entry.recordedBy = recordedBy;
        entry.recordedAt = Timestamps.toMicros(now);
        entry.hash = HashChain.hashOf(entry.previousHash, entry.link());
        return entry;
    }

    /**
     * When the authorization was first recorded: for a correction (of a correction...), the
     * original record's time. Rules that depend on when an entry was made judge a correction
     * as of then, since it only fixes what was recorded.
     */
    public Instant firstRecordedAt() {
        LedgerEntry original = this;
        while (original.amends != null) {
            original = original.amends;
        }
        return original.recordedAt;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Exactly what the chain hash covers; the same columns the verifier reads from the table. */
    public LedgerLink link() {
        return new LedgerLink(certificate.getId(), position, type.name(), amends == null ? null : amends.getId(),
                amendmentReason, orderReference, issuingAuthority, kind == null ? null : kind.name(), otherCitation,
                issuedOn, validFrom,
                validUntil, usedFrom, usedUntil, terroristAct == null ? null : terroristAct.name(),
                offence == null ? null : offence.getId(), targets, operationReference, documentSha256, recordedAt,
                recordedBy, channel.name(), previousHash, hash);
    }

    public AuthorizationInput input() {
        return new AuthorizationInput(orderReference, issuingAuthority, kind, otherCitation, issuedOn, validFrom,
                validUntil, usedFrom, usedUntil, terroristAct, offence == null ? null : offence.getOffenceCode(), targets,
                operationReference);
    }

    public Long getId() {
        return id;
    }

    public Certificate getCertificate() {
        return certificate;
    }

    public int getPosition() {
        return position;
    }

    public EntryType getType() {
        return type;
    }

    public LedgerEntry getAmends() {
        return amends;
    }

    public String getAmendmentReason() {
        return amendmentReason;
    }

    public Offence getOffence() {
        return offence;
    }

    public TerroristAct getTerroristAct() {
        return terroristAct;
    }

    public String getDocumentSha256() {
        return documentSha256;
    }

    public StoredDocument getDocument() {
        return document;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public LedgerChannel getChannel() {
        return channel;
    }

    public String getHash() {
        return hash;
    }

    public String getPreviousHash() {
        return previousHash;
    }
}

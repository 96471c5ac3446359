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
import java.time.Instant;
import org.euc.portal.common.i18n.Phrase;
import org.euc.portal.common.persistence.StoredPhrase;

/** One step of a certificate's history: from where to where, who, when, why, on which legal basis. */
@Entity
@Table(name = "status_change")
public class StatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "certificate_id", updatable = false)
    private Certificate certificate;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false, length = 20)
    private CertificateStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false, length = 20)
    private CertificateStatus toStatus;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Column(nullable = false, updatable = false, length = 100)
    private String actor;

    @Column(name = "reason_code", nullable = false, updatable = false, length = 60)
    private String reasonCode;

    @Embedded
    @AttributeOverride(name = "text", column = @Column(name = "rationale", updatable = false))
    @AttributeOverride(name = "phrase", column = @Column(name = "rationale_phrase", updatable = false))
    private StoredPhrase rationale;

    @Embedded
    @AttributeOverride(name = "text", column = @Column(name = "legal_basis", updatable = false))
    @AttributeOverride(name = "phrase", column = @Column(name = "legal_basis_phrase", updatable = false))
    private StoredPhrase legalBasis;

    /** Under four eyes, the senior reviewer who proposed what {@link #actor} confirmed. */
    @Column(name = "proposed_by", updatable = false, length = 100)
    private String proposedBy;

    @Column(name = "revision_number", updatable = false)
    private Integer revisionNumber;

    protected StatusChange() {
        // for JPA
    }

    StatusChange(Certificate certificate, CertificateStatus fromStatus, Transition transition, Instant changedAt) {
        this.certificate = certificate;
        this.fromStatus = fromStatus;
        this.toStatus = transition.to();
        this.actor = transition.actor();
        this.reasonCode = transition.reasonCode();
        this.rationale = StoredPhrase.of(transition.rationale());
        this.legalBasis = StoredPhrase.of(transition.legalBasis());
        this.proposedBy = transition.proposedBy();
        this.revisionNumber = certificate.getCurrentRevisionNumber();
        this.changedAt = changedAt;
    }

    public Long getId() {
        return id;
    }

    public CertificateStatus getFromStatus() {
        return fromStatus;
    }

    public CertificateStatus getToStatus() {
        return toStatus;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getActor() {
        return actor;
    }

    public String getReasonCode() {
        return reasonCode;
    }

    public Phrase getRationale() {
        return StoredPhrase.read(rationale);
    }

    public Phrase getLegalBasis() {
        return StoredPhrase.read(legalBasis);
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public Integer getRevisionNumber() {
        return revisionNumber;
    }
}

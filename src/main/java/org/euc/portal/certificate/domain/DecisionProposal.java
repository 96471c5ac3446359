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
import java.time.LocalDate;
import org.euc.portal.common.domain.RuleViolationException;
import org.euc.portal.common.i18n.Phrase;
import org.euc.portal.common.persistence.StoredPhrase;

/**
 * An approval, reinstatement or revocation someone proposed. It takes effect only when a
 * different person confirms it: the proposal itself refuses its own proposer (and the database
 * refuses such a row too).
 */
@Entity
@Table(name = "decision_proposal")
public class DecisionProposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "certificate_id", updatable = false)
    private Certificate certificate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private DecisionKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProposalState state;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason_code", nullable = false, updatable = false, length = 60)
    private DecisionReason reason;

    @Embedded
    @AttributeOverride(name = "text", column = @Column(name = "rationale", updatable = false))
    @AttributeOverride(name = "phrase", column = @Column(name = "rationale_phrase", updatable = false))
    private StoredPhrase rationale;

    @Embedded
    @AttributeOverride(name = "text", column = @Column(name = "legal_basis", updatable = false))
    @AttributeOverride(name = "phrase", column = @Column(name = "legal_basis_phrase", updatable = false))
    private StoredPhrase legalBasis;

    @Column(name = "valid_from", updatable = false)
    private LocalDate validFrom;

    @Column(name = "valid_until", updatable = false)
    private LocalDate validUntil;

    @Column(updatable = false)
    private String conditions;

    @Column(name = "proposed_by", nullable = false, updatable = false, length = 100)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false, updatable = false)
    private Instant proposedAt;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected DecisionProposal() {
        // for JPA
    }

    DecisionProposal(Certificate certificate, Decision decision, ApprovalTerms terms, String proposer, Instant now) {
        this.certificate = certificate;
        this.kind = decision.kind();
        this.reason = decision.reason();
        this.rationale = StoredPhrase.of(decision.rationale());
        this.legalBasis = StoredPhrase.of(decision.legalBasis());
        if (terms != null) {
            this.validFrom = terms.validFrom();
            this.validUntil = terms.validUntil();
            this.conditions = terms.conditions();
        }
        this.state = ProposalState.OPEN;
        this.proposedBy = proposer;
        this.proposedAt = now;
    }

    /** Four eyes: anyone but the proposer (the service also requires the senior-reviewer role). */
    void confirm(String confirmer, Instant now) {
        requireOpen();
        if (confirmer.equals(proposedBy)) {
            throw new RuleViolationException("rule.fourEyes.ownProposal");
        }
        state = ProposalState.CONFIRMED;
        decidedBy = confirmer;
        decidedAt = now;
    }

    void withdraw(String by, Instant now) {
        requireOpen();
        if (!by.equals(proposedBy)) {
            throw new RuleViolationException("rule.proposal.onlyProposerWithdraws", proposedBy);
        }
        state = ProposalState.WITHDRAWN;
        decidedBy = by;
        decidedAt = now;
    }

    /** Closed by the portal because the certificate moved on (e.g. changes were requested meanwhile). */
    void lapse(Instant now) {
        requireOpen();
        state = ProposalState.WITHDRAWN;
        decidedBy = "system";
        decidedAt = now;
    }

    private void requireOpen() {
        if (state != ProposalState.OPEN) {
            throw new RuleViolationException("rule.proposal.notOpen", state);
        }
    }

    public boolean isOpen() {
        return state == ProposalState.OPEN;
    }

    public Decision decision() {
        return new Decision(kind, reason, getRationale(), getLegalBasis());
    }

    public ApprovalTerms terms() {
        return validFrom == null ? null : new ApprovalTerms(validFrom, validUntil, conditions);
    }

    public Long getId() {
        return id;
    }

    public Certificate getCertificate() {
        return certificate;
    }

    public DecisionKind getKind() {
        return kind;
    }

    public ProposalState getState() {
        return state;
    }

    public DecisionReason getReason() {
        return reason;
    }

    public Phrase getRationale() {
        return StoredPhrase.read(rationale);
    }

    public Phrase getLegalBasis() {
        return StoredPhrase.read(legalBasis);
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public String getConditions() {
        return conditions;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public long getVersion() {
        return version;
    }
}

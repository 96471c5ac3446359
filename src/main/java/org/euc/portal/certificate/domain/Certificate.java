package org.euc.portal.certificate.domain;

import jakarta.persistence.CascadeType;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.euc.portal.common.document.StoredDocument;
import org.euc.portal.common.domain.RuleViolationException;
import org.euc.portal.common.i18n.Phrase;
import org.euc.portal.reference.domain.Agency;
import org.euc.portal.reference.domain.CountryStanding;
import org.euc.portal.reference.domain.Offence;
import org.euc.portal.reference.domain.Signatory;

/**
 * An End-Use/End-User Certificate of one agency: its status, its revisions and its history. The
 * certificate itself refuses every move its lifecycle does not allow, whoever asks.
 */
@Entity
@Table(name = "certificate")
public class Certificate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false, length = 20)
    private String reference;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id", updatable = false)
    private Agency agency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CertificateStatus status;

    @Column(name = "current_revision", nullable = false)
    private int currentRevisionNumber;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 100)
    private String createdBy;

    @Column(name = "first_submitted_at")
    private Instant firstSubmittedAt;

    @Column(name = "last_submitted_at")
    private Instant lastSubmittedAt;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(length = 100)
    private String assignee;

    /** When the case last entered the review queue (submitted, resubmitted, suspended). */
    @Column(name = "waiting_since")
    private Instant waitingSince;

    @Column(name = "approved_from")
    private LocalDate approvedFrom;

    @Column(name = "approved_until")
    private LocalDate approvedUntil;

    @Column
    private String conditions;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "issued_document_id")
    private StoredDocument issuedDocument;

    @Version
    private long version;

    @OneToMany(mappedBy = "certificate", cascade = CascadeType.PERSIST)
    @OrderBy("proposedAt, id")
    private List<DecisionProposal> proposals = new ArrayList<>();

    @OneToMany(mappedBy = "certificate", cascade = CascadeType.PERSIST)
    @OrderBy("raisedAt, id")
    private List<ComplianceFlag> flags = new ArrayList<>();

    @OneToMany(mappedBy = "certificate", cascade = CascadeType.ALL)
    @OrderBy("number")
    private List<CertificateRevision> revisions = new ArrayList<>();

    @OneToMany(mappedBy = "certificate", cascade = CascadeType.PERSIST)
    @OrderBy("changedAt, id")
    private List<StatusChange> history = new ArrayList<>();

    protected Certificate() {
        // for JPA
    }

    public static Certificate draft(String reference, Agency agency, RevisionDetails details, Signatory signatory,
            String actor, Instant now) {
        Certificate certificate = new Certificate();
        certificate.reference = reference;
        certificate.agency = agency;
        certificate.status = CertificateStatus.DRAFT;
        certificate.currentRevisionNumber = 1;
        certificate.createdAt = now;
        certificate.createdBy = actor;
        certificate.statusChangedAt = now;
        certificate.updatedAt = now;
        certificate.revisions.add(new CertificateRevision(certificate, 1, details, signatory, actor, now));
        certificate.history.add(new StatusChange(certificate, null,
                Transition.by(actor, CertificateStatus.DRAFT, "DRAFTED"), now));
        return certificate;
    }

    /** Refuses to act on a version of the certificate the caller has not seen (two windows, two people). */
    public void requireVersion(long expectedVersion) {
        if (version != expectedVersion) {
            throw RuleViolationException.concurrentChange();
        }
    }

    public void changeDetails(RevisionDetails details, Signatory signatory, Instant now) {
        editableRevision().changeDetails(details, signatory);
        updatedAt = now;
    }

    /** Only serious crimes of the agency's own country, in force today, may be declared. */
    public void declarePurposes(Set<TerroristAct> acts, Set<Offence> seriousCrimes, Instant now) {
        CertificateRevision revision = editableRevision();
        LocalDate today = LocalDate.ofInstant(now, java.time.ZoneOffset.UTC);
        for (Offence offence : seriousCrimes) {
            String label = offence.getStatute() + " (" + offence.getName() + ")";
            if (!offence.getCountryCode().equals(agency.getCountry().getCode())) {
                throw new RuleViolationException("rule.offence.otherCountry", label);
            }
            if (!offence.isInForceOn(today)) {
                throw new RuleViolationException("rule.offence.notInForce", label);
            }
            if (!offence.eligibility().isEligible()) {
                throw new RuleViolationException("rule.offence." + offence.eligibility().name(), label);
            }
        }
        revision.declarePurposes(acts, seriousCrimes);
        updatedAt = now;
    }

    public void acceptUndertakings(Set<Undertaking> accepted, String actor, Instant now) {
        editableRevision().acceptUndertakings(accepted, actor, now);
        updatedAt = now;
    }

    public void attachGeneratedDocument(StoredDocument document, String language, Instant now) {
        editableRevision().attachGeneratedDocument(document, language, now);
        updatedAt = now;
    }

    public void attachSignedDocument(StoredDocument document, String signerFingerprint, Instant signingTime, Instant now) {
        editableRevision().attachSignedDocument(document, signerFingerprint, signingTime, now);
        updatedAt = now;
    }

    /** Sends the current, signed revision to the ministry; from then on it is immutable. */
    public void submit(String actor, Instant now) {
        CertificateRevision revision = editableRevision();
        boolean resubmission = status == CertificateStatus.CHANGES_REQUESTED;
        revision.markSubmitted(actor, now);
        moveTo(Transition.by(actor, CertificateStatus.SUBMITTED, resubmission ? "RESUBMITTED" : "SUBMITTED"), now);
        if (firstSubmittedAt == null) {
            firstSubmittedAt = now;
        }
        lastSubmittedAt = now;
        waitingSince = now;
    }

    public void withdraw(String actor, String rationale, Instant now) {
        moveTo(Transition.by(actor, CertificateStatus.WITHDRAWN, "WITHDRAWN_BY_AGENCY")
                .because(rationale == null ? null : Phrase.verbatim(rationale)), now);
    }

    // ----- the ministry's side -----

    /** A reviewer takes a submitted case: it is under review and theirs. */
    public void claim(String reviewer, Instant now) {
        moveTo(Transition.by(reviewer, CertificateStatus.UNDER_REVIEW, "CLAIMED"), now);
        assignee = reviewer;
    }

    /** Hands an open case to a colleague (or takes it over) without changing its status. */
    public void assignTo(String reviewer, Instant now) {
        if (!isOpenCase()) {
            throw new RuleViolationException("rule.case.notOpen", reference, status);
        }
        assignee = reviewer;
        updatedAt = now;
    }

    /** Asks the agency for changes, or rejects: decisions one reviewer takes alone. */
    public void decide(Decision decision, String reviewer, Instant now) {
        if (decision.kind().needsFourEyes()) {
            throw new RuleViolationException("rule.fourEyes.proposalNeeded", decision.kind());
        }
        if (decision.kind() == DecisionKind.SUSPEND) {
            suspend(decision, reviewer, now);
            return;
        }
        moveTo(decision.transitionBy(reviewer), now);
    }

    /** Suspends an approved certificate; the case goes back to the queue. */
    public void suspend(Decision decision, String actor, Instant now) {
        if (decision.kind() != DecisionKind.SUSPEND) {
            throw new RuleViolationException("rule.decision.reasonMismatch", DecisionKind.SUSPEND);
        }
        moveTo(decision.transitionBy(actor), now);
        waitingSince = now;
    }

    /**
     * Opens a four-eyes proposal (approve, reinstate, revoke); nothing changes until it is confirmed.
     *
     * @param countryStanding the agency's country on the approved list, or not, on the day of the proposal
     */
    public DecisionProposal propose(Decision decision, ApprovalTerms terms, CountryStanding countryStanding,
            String proposer, Instant now) {
        if (!decision.kind().needsFourEyes()) {
            throw new RuleViolationException("rule.fourEyes.notNeeded", decision.kind());
        }
        requireStatusFor(decision.kind());
        requireCountryApprovedFor(decision.kind(), countryStanding);
        if (openProposal().isPresent()) {
            throw new RuleViolationException("rule.proposal.alreadyOpen", reference);
        }
        if (decision.kind() == DecisionKind.APPROVE) {
            if (terms == null) {
                throw new RuleViolationException("rule.approval.validity");
            }
            requireNoBlockingFlags();
        }
        DecisionProposal proposal = new DecisionProposal(this, decision, terms, proposer, now);
        proposals.add(proposal);
        updatedAt = now;
        return proposal;
    }

    /**
     * A different person confirms the open proposal: now it takes effect.
     *
     * @param countryStanding the agency's country on the approved list, or not, on the day of the confirmation
     */
    public void confirm(DecisionProposal proposal, CountryStanding countryStanding, String confirmer, Instant now) {
        requireOwnOpenProposal(proposal);
        DecisionKind kind = proposal.getKind();
        requireStatusFor(kind);
        requireCountryApprovedFor(kind, countryStanding);
        if (kind == DecisionKind.APPROVE) {
            requireNoBlockingFlags();
        }
        proposal.confirm(confirmer, now);
        Decision decision = proposal.decision();
        moveTo(Transition.by(confirmer, kind.result(), decision.reason().name()).because(decision.rationale())
                .under(decision.legalBasis()).proposedBy(proposal.getProposedBy()), now);
        if (kind == DecisionKind.APPROVE) {
            ApprovalTerms terms = proposal.terms();
            approvedFrom = terms.validFrom();
            approvedUntil = terms.validUntil();
            conditions = terms.conditions();
        }
    }

    public void withdrawProposal(DecisionProposal proposal, String by, Instant now) {
        requireOwnOpenProposal(proposal);
        proposal.withdraw(by, now);
        updatedAt = now;
    }

    /** The approved validity has ended: done by the portal itself, and only then. */
    public void expire(Instant now) {
        if (status.canMoveTo(CertificateStatus.EXPIRED)
                && (approvedUntil == null || !approvedUntil.isBefore(LocalDate.ofInstant(now, java.time.ZoneOffset.UTC)))) {
            throw new RuleViolationException("rule.expire.stillValid", approvedUntil);
        }
        moveTo(Transition.by("system", CertificateStatus.EXPIRED, "VALIDITY_ENDED"), now);
    }

    public void attachIssuedDocument(StoredDocument document) {
        if (status != CertificateStatus.APPROVED) {
            throw new RuleViolationException("rule.transition.illegal", status, CertificateStatus.APPROVED);
        }
        issuedDocument = document;
    }

    public ComplianceFlag raiseFlag(FlagRule rule, Phrase detail, String raisedBy, Instant now) {
        return raiseFlag(rule, detail, null, raisedBy, now);
    }

    /** A flag a ledger rule raised about one entry of this certificate's ledger. */
    public ComplianceFlag raiseFlag(FlagRule rule, Phrase detail, Long ledgerEntryId, String raisedBy, Instant now) {
        ComplianceFlag flag = new ComplianceFlag(this, rule, detail, ledgerEntryId, raisedBy, now);
        flags.add(flag);
        return flag;
    }

    /**
     * Closes the open flags a ledger rule raised about one entry, once a later entry corrected or
     * cancelled it: what they said no longer stands. The reason names the amending entry.
     */
    public void closeLedgerFlags(long ledgerEntryId, Phrase reason, Instant now) {
        flags.stream().filter(flag -> !flag.isResolved() && Long.valueOf(ledgerEntryId).equals(flag.getLedgerEntryId()))
                .forEach(flag -> flag.close(reason, now));
    }

    /** Closes the open flags of one rule once what they said no longer stands; the reason says why. */
    public void closeFlags(FlagRule rule, Phrase reason, Instant now) {
        flags.stream().filter(flag -> !flag.isResolved() && flag.getRule() == rule)
                .forEach(flag -> flag.close(reason, now));
    }

    /** Whether the ministry ever issued this certificate (so its agency keeps an authorization ledger). */
    public boolean wasIssued() {
        return status == CertificateStatus.APPROVED || status == CertificateStatus.SUSPENDED
                || status == CertificateStatus.REVOKED || status == CertificateStatus.EXPIRED;
    }

    public java.util.Optional<DecisionProposal> openProposal() {
        return proposals.stream().filter(DecisionProposal::isOpen).findFirst();
    }

    /** A case the ministry still has to act on: in the queue or under review or suspended. */
    public boolean isOpenCase() {
        return status == CertificateStatus.SUBMITTED || status == CertificateStatus.UNDER_REVIEW
                || status == CertificateStatus.SUSPENDED || openProposal().isPresent();
    }

    private void requireStatusFor(DecisionKind kind) {
        if (!fitsStatus(kind)) {
            throw new RuleViolationException("rule.transition.illegal", status, kind.result());
        }
    }

    /** Whether a decision of this kind can be taken on the certificate as it is now. */
    private boolean fitsStatus(DecisionKind kind) {
        return switch (kind) {
            case APPROVE -> status == CertificateStatus.UNDER_REVIEW;
            case REINSTATE -> status == CertificateStatus.SUSPENDED;
            case REVOKE -> status == CertificateStatus.APPROVED || status == CertificateStatus.SUSPENDED;
            default -> status.canMoveTo(kind.result());
        };
    }

    /**
     * No certificate is approved or reinstated for an agency whose country is off the approved list
     * on the day of the decision: the list is the ministry's first rule, and the hourly delisting job
     * would only suspend it afterwards, once a sealed certificate was issued.
     */
    private void requireCountryApprovedFor(DecisionKind kind, CountryStanding countryStanding) {
        if (kind.result() == CertificateStatus.APPROVED && !countryStanding.approved()) {
            throw new RuleViolationException("rule.decision.countryNotApproved", countryStanding.country(),
                    countryStanding.since() == null ? "-" : countryStanding.since().toString(),
                    countryStanding.reason() == null ? "-" : countryStanding.reason());
        }
    }

    private void requireNoBlockingFlags() {
        long blocking = flags.stream().filter(ComplianceFlag::isOpenAndBlocking).count();
        if (blocking > 0) {
            throw new RuleViolationException("rule.approval.blockingFlags", blocking);
        }
    }

    private void requireOwnOpenProposal(DecisionProposal proposal) {
        if (proposal.getCertificate() != this || !proposal.isOpen()) {
            throw new RuleViolationException("rule.proposal.notOpen", proposal.getState());
        }
    }

    /** After the ministry asked for changes: opens revision n+1 with the same content. */
    public CertificateRevision startAmendment(String actor, Instant now) {
        CertificateRevision current = currentRevision();
        if (status != CertificateStatus.CHANGES_REQUESTED || !current.isSubmitted()) {
            throw new RuleViolationException("rule.amend.notRequested", status);
        }
        CertificateRevision next = current.amendment(actor, now);
        revisions.add(next);
        currentRevisionNumber = next.getNumber();
        updatedAt = now;
        return next;
    }

    /**
     * Moves to another status if the lifecycle allows it, recording who, why and on which basis.
     * Private: each move has its own method above that also holds the move's own conditions.
     */
    private void moveTo(Transition transition, Instant now) {
        if (!status.canMoveTo(transition.to())) {
            throw new RuleViolationException("rule.transition.illegal", status, transition.to());
        }
        history.add(new StatusChange(this, status, transition, now));
        status = transition.to();
        statusChangedAt = now;
        updatedAt = now;
        // a proposal made for the status the certificate just left no longer applies
        proposals.stream().filter(DecisionProposal::isOpen).filter(p -> !fitsStatus(p.getKind()))
                .forEach(p -> p.lapse(now));
    }

    /** The revision the importer may still change; refuses when there is none. */
    private CertificateRevision editableRevision() {
        CertificateRevision current = currentRevision();
        if (!status.isWithImporter() || current.isSubmitted()) {
            throw new RuleViolationException("rule.revision.notEditable", reference, status);
        }
        return current;
    }

    public CertificateRevision currentRevision() {
        return revision(currentRevisionNumber);
    }

    public CertificateRevision revision(int number) {
        return revisions.stream().filter(revision -> revision.getNumber() == number).findFirst()
                .orElseThrow(() -> new RuleViolationException("rule.revision.unknown", reference, number));
    }

    /** Whether the importer can still work on the current revision (draft, or amendment under way). */
    public boolean isEditableByImporter() {
        return status.isWithImporter() && !currentRevision().isSubmitted();
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public Agency getAgency() {
        return agency;
    }

    public CertificateStatus getStatus() {
        return status;
    }

    public int getCurrentRevisionNumber() {
        return currentRevisionNumber;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getFirstSubmittedAt() {
        return firstSubmittedAt;
    }

    public Instant getLastSubmittedAt() {
        return lastSubmittedAt;
    }

    public Instant getStatusChangedAt() {
        return statusChangedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    public String getAssignee() {
        return assignee;
    }

    public Instant getWaitingSince() {
        return waitingSince;
    }

    public LocalDate getApprovedFrom() {
        return approvedFrom;
    }

    public LocalDate getApprovedUntil() {
        return approvedUntil;
    }

    public String getConditions() {
        return conditions;
    }

    public StoredDocument getIssuedDocument() {
        return issuedDocument;
    }

    public List<DecisionProposal> getProposals() {
        return List.copyOf(proposals);
    }

    public List<ComplianceFlag> getFlags() {
        return List.copyOf(flags);
    }

    public List<CertificateRevision> getRevisions() {
        return List.copyOf(revisions);
    }

    public List<StatusChange> getHistory() {
        return List.copyOf(history);
    }
}

package org.euc.portal.review.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.euc.portal.certificate.domain.ApprovalTerms;
import org.euc.portal.certificate.domain.Certificate;
import org.euc.portal.certificate.domain.ComplianceFlag;
import org.euc.portal.certificate.domain.Decision;
import org.euc.portal.certificate.domain.DecisionKind;
import org.euc.portal.certificate.domain.DecisionProposal;
import org.euc.portal.certificate.service.CertificateIssuance;
import org.euc.portal.common.audit.domain.AuditAction;
import org.euc.portal.common.audit.service.AuditLog;
import org.euc.portal.common.domain.RuleViolationException;
import org.euc.portal.common.persistence.NoSuchRecordException;
import org.euc.portal.common.security.Caller;
import org.euc.portal.common.security.Roles;
import org.euc.portal.directory.service.KeycloakDirectory;
import org.euc.portal.notification.domain.NotificationKind;
import org.euc.portal.notification.service.Notifications;
import org.euc.portal.reference.domain.CountryStanding;
import org.euc.portal.reference.service.ReferenceData;
import org.euc.portal.certificate.domain.CaseNote;
import org.euc.portal.certificate.domain.NoteVisibility;

/**
 * Everything the ministry decides on a case, enforced here whatever the page showed: claiming and
 * assigning, notes, flag resolutions, requests for changes, rejections, suspensions, and the
 * four-eyes proposals that only a different senior reviewer can confirm. Every change is
 * audited, notified, and refused when the case changed since the caller saw it.
 */
@ApplicationScoped
@RolesAllowed({Roles.REVIEWER, Roles.SENIOR_REVIEWER})
public class ReviewDecisions {

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseReview cases;

    @Inject
    Caller caller;

    @Inject
    AuditLog auditLog;

    @Inject
    Notifications notifications;

    @Inject
    CertificateIssuance issuance;

    @Inject
    KeycloakDirectory directory;

    @Inject
    ReferenceData referenceData;

    Clock clock = Clock.systemUTC();

    @Transactional
    public void claim(String reference, long expectedVersion) {
        Certificate certificate = forChange(reference, expectedVersion);
        certificate.claim(caller.name(), clock.instant());
        auditLog.record(AuditAction.CASE_CLAIMED, "CERTIFICATE", reference, null);
    }

    /** Gives an open case to a reviewer or senior reviewer (or back to nobody with null). */
    @Transactional
    public void assign(String reference, long expectedVersion, String assignee) {
        Certificate certificate = forChange(reference, expectedVersion);
        if (assignee != null && !isReviewer(assignee)) {
            throw new RuleViolationException("rule.assign.notAReviewer", assignee);
        }
        certificate.assignTo(assignee, clock.instant());
        if (assignee != null && !assignee.equals(caller.name())) {
            notifications.toUser(assignee, NotificationKind.CASE_ASSIGNED, reference, caller.name());
        }
        auditLog.record(AuditAction.CASE_ASSIGNED, "CERTIFICATE", reference, "to " + assignee);
    }

    /**
     * Everyone a case can be assigned to: the reviewers and senior reviewers Keycloak knows, by name.
     *
     * @throws org.euc.portal.directory.service.DirectoryUnavailableException when Keycloak does not answer
     */
    public List<String> assignableReviewers() {
        return Stream.of(Roles.REVIEWER, Roles.SENIOR_REVIEWER)
                .flatMap(role -> directory.usernamesWithRole(role).stream())
                .distinct().sorted().toList();
    }

    /** Request changes, reject or suspend: decisions one reviewer takes alone. */
    @Transactional
    public void decide(String reference, long expectedVersion, Decision decision) {
        Certificate certificate = forChange(reference, expectedVersion);
        certificate.decide(decision, caller.name(), clock.instant());
        switch (decision.kind()) {
            case REQUEST_CHANGES -> notifyAgency(certificate, NotificationKind.CHANGES_REQUESTED, decision.rationale());
            case SUSPEND -> notifyAgency(certificate, NotificationKind.CERTIFICATE_SUSPENDED, decision.rationale());
            default -> notifyAgency(certificate, NotificationKind.CERTIFICATE_REJECTED, decision.reason(),
                    decision.rationale());
        }
        auditLog.record(auditActionOf(decision.kind()), "CERTIFICATE", reference, describe(decision));
    }

    /** Proposes an approval, reinstatement or revocation; a different senior reviewer must confirm it. */
    @Transactional
    public long propose(String reference, long expectedVersion, Decision decision, ApprovalTerms terms) {
        Certificate certificate = forChange(reference, expectedVersion);
        DecisionProposal proposal = certificate.propose(decision, terms, countryStandingToday(certificate),
                caller.name(), clock.instant());
        em.flush();
        notifications.toRole(Roles.SENIOR_REVIEWER, NotificationKind.PROPOSAL_AWAITING_CONFIRMATION, reference,
                caller.name());
        auditLog.record(AuditAction.DECISION_PROPOSED, "CERTIFICATE", reference, describe(decision)
                + (terms == null ? "" : ", validity " + terms.validFrom() + " to " + terms.validUntil()));
        return proposal.getId();
    }

    /** The second pair of eyes: only a senior reviewer, and never the proposer. An approval issues the certificate. */
    @RolesAllowed(Roles.SENIOR_REVIEWER)
    @Transactional
    public void confirm(String reference, long expectedVersion, long proposalId) {
        Certificate certificate = forChange(reference, expectedVersion);
        DecisionProposal proposal = proposalOf(certificate, proposalId);
        Instant now = clock.instant();
        certificate.confirm(proposal, countryStandingToday(certificate), caller.name(), now);
        if (proposal.getKind() == DecisionKind.APPROVE) {
            issuance.issue(certificate, proposal, now);
        }
        switch (proposal.getKind()) {
            case APPROVE -> notifyAgency(certificate, NotificationKind.CERTIFICATE_APPROVED,
                    certificate.getApprovedFrom().toString(), certificate.getApprovedUntil().toString());
            case REINSTATE -> notifyAgency(certificate, NotificationKind.CERTIFICATE_REINSTATED,
                    proposal.getReason(), proposal.getRationale());
            default -> notifyAgency(certificate, NotificationKind.CERTIFICATE_REVOKED, proposal.getReason(),
                    proposal.getRationale());
        }
        auditLog.record(AuditAction.DECISION_CONFIRMED, "CERTIFICATE", reference, proposal.getKind()
                + " proposed by " + proposal.getProposedBy() + " confirmed; status now " + certificate.getStatus());
    }

    @Transactional
    public void withdrawProposal(String reference, long expectedVersion, long proposalId) {
        Certificate certificate = forChange(reference, expectedVersion);
        DecisionProposal proposal = proposalOf(certificate, proposalId);
        certificate.withdrawProposal(proposal, caller.name(), clock.instant());
        auditLog.record(AuditAction.DECISION_PROPOSAL_WITHDRAWN, "CERTIFICATE", reference, proposal.getKind().name());
    }

    @Transactional
    public void resolveFlag(String reference, long flagId, String reason) {
        Certificate certificate = cases.load(reference);
        ComplianceFlag flag = certificate.getFlags().stream().filter(f -> f.getId() == flagId).findFirst()
                .orElseThrow(() -> new NoSuchRecordException("Flag", flagId));
        flag.resolve(caller.name(), reason, clock.instant());
        auditLog.record(AuditAction.FLAG_RESOLVED, "CERTIFICATE", reference, flag.getRule() + ": " + reason);
    }

    /** An internal note, or a message the agency will read on its certificate page. */
    @Transactional
    public void addNote(String reference, NoteVisibility visibility, String text) {
        Certificate certificate = cases.load(reference);
        em.persist(new CaseNote(certificate, visibility, caller.name(), text, clock.instant()));
        if (visibility == NoteVisibility.TO_AGENCY) {
            notifications.toAgency(certificate.getAgency().getCode(), NotificationKind.MESSAGE_FROM_MINISTRY, reference);
        }
        auditLog.record(AuditAction.CASE_NOTE_WRITTEN, "CERTIFICATE", reference, visibility.name());
    }

    /** As {@code ImporterScope#ownCertificateForChange}: a simultaneous decision waits, then loses. */
    private Certificate forChange(String reference, long expectedVersion) {
        Certificate certificate = cases.load(reference);
        certificate.requireVersion(expectedVersion);
        em.lock(certificate, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        return certificate;
    }

    /** Tells the agency what happened to its certificate: the decision, and its reason or its terms. */
    private void notifyAgency(Certificate certificate, NotificationKind kind, Object... arguments) {
        notifications.toAgency(certificate.getAgency().getCode(), kind, certificate.getReference(), arguments);
    }

    private CountryStanding countryStandingToday(Certificate certificate) {
        return referenceData.countryStanding(certificate.getAgency().getCountry().getCode(),
                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    private static DecisionProposal proposalOf(Certificate certificate, long proposalId) {
        return certificate.getProposals().stream().filter(p -> p.getId() == proposalId).findFirst()
                .orElseThrow(() -> new NoSuchRecordException("Proposal", proposalId));
    }

    private boolean isReviewer(String username) {
        return directory.user(username)
                .map(user -> user.roles().contains(Roles.REVIEWER) || user.roles().contains(Roles.SENIOR_REVIEWER))
                .orElse(false);
    }

    private static AuditAction auditActionOf(DecisionKind kind) {
        return switch (kind) {
            case REQUEST_CHANGES -> AuditAction.CHANGES_REQUESTED;
            case REJECT -> AuditAction.CERTIFICATE_REJECTED;
            case SUSPEND -> AuditAction.CERTIFICATE_SUSPENDED;
            default -> AuditAction.DECISION_CONFIRMED;
        };
    }

    private static String describe(Decision decision) {
        return decision.kind() + " because " + decision.reason() + ": " + decision.rationale()
                + (decision.legalBasis() == null ? "" : " (legal basis: " + decision.legalBasis() + ")");
    }
}

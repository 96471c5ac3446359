package org.euc.portal.review.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.euc.portal.admin.service.CountryApprovedAgain;
import org.euc.portal.certificate.domain.Certificate;
import org.euc.portal.certificate.domain.CertificateStatus;
import org.euc.portal.certificate.domain.Decision;
import org.euc.portal.certificate.domain.DecisionKind;
import org.euc.portal.certificate.domain.DecisionProposal;
import org.euc.portal.certificate.domain.DecisionReason;
import org.euc.portal.common.domain.RuleViolationException;
import org.euc.portal.common.i18n.CountryName;
import org.euc.portal.common.i18n.Phrase;
import org.euc.portal.common.security.Roles;
import org.euc.portal.notification.domain.NotificationKind;
import org.euc.portal.notification.service.Notifications;
import org.euc.portal.reference.domain.CountryStanding;
import org.euc.portal.reference.service.ReferenceData;

/**
 * When a delisted country is approved again, the certificates its delisting suspended are not
 * reinstated silently: the reviewers are told, one reviewer proposes reinstating them all in one
 * operation (each certificate gets its own four-eyes proposal, every one listed), and a different
 * senior reviewer confirms them all. Each step goes through {@link ReviewDecisions}, so each
 * certificate is locked, audited and its agency notified as for a single decision.
 */
@ApplicationScoped
@RolesAllowed({Roles.REVIEWER, Roles.SENIOR_REVIEWER})
public class CountryReinstatement {

    @PersistenceContext
    EntityManager em;

    @Inject
    ReviewDecisions decisions;

    @Inject
    ReferenceData referenceData;

    @Inject
    Notifications notifications;

    Clock clock = Clock.systemUTC();

    /** One certificate its country's delisting suspended, and the reinstatement proposal open on it, if any. */
    public record Suspended(String reference, String agencyCode, String proposedBy) implements Serializable {
    }

    /** A country on the list again and its certificates still suspended by its delisting. */
    public record CountryGroup(String countryCode, List<Suspended> certificates) implements Serializable {

        /** Some certificate has no reinstatement proposal yet. */
        public boolean proposable() {
            return certificates.stream().anyMatch(certificate -> certificate.proposedBy() == null);
        }

        /** Someone other than the given person proposed reinstating some certificate. */
        public boolean confirmableBy(String username) {
            return certificates.stream().anyMatch(c -> c.proposedBy() != null && !c.proposedBy().equals(username));
        }
    }

    /** The certificates of the country's agencies still suspended by a delisting, oldest reference first. */
    @Transactional
    public List<Suspended> awaiting(String countryCode) {
        return suspendedByDelisting(countryCode).stream().map(CountryReinstatement::suspended).toList();
    }

    /** Every country back on the list with certificates its delisting suspended: what the review queue announces. */
    @Transactional
    public List<CountryGroup> awaitingEverywhere() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        // the queue asks on every view: only countries a delisting ever touched (a partial index, V17) and that are
        // on the list again are looked into, instead of every suspended certificate with its proposals
        List<String> delistedOnce = em.createQuery("SELECT DISTINCT s.certificate.agency.country.code FROM StatusChange s "
                + "WHERE s.reasonCode = :delisted ORDER BY 1", String.class)
                .setParameter("delisted", DecisionReason.COUNTRY_DELISTED.name())
                .getResultList();
        return delistedOnce.stream()
                .filter(country -> referenceData.countryStanding(country, today).approved())
                .map(country -> new CountryGroup(country, suspendedByDelisting(country).stream()
                        .map(CountryReinstatement::suspended).toList()))
                .filter(group -> !group.certificates().isEmpty())
                .toList();
    }

    private static Suspended suspended(Certificate certificate) {
        return new Suspended(certificate.getReference(), certificate.getAgency().getCode(), certificate.openProposal()
                .filter(CountryReinstatement::isOurs).map(DecisionProposal::getProposedBy).orElse(null));
    }

    /** Proposes reinstating every one of them; refused while the country is still off the list. @return the references */
    @Transactional
    public List<String> propose(String countryCode) {
        CountryStanding standing = requireApprovedAgain(countryCode);
        Decision reinstatement = new Decision(DecisionKind.REINSTATE, DecisionReason.COUNTRY_APPROVED_AGAIN,
                Phrase.of("decision.reinstated.rationale", standing.country(), standing.since(),
                        Phrase.verbatim(standing.reason())), null);
        List<String> proposed = new ArrayList<>();
        for (Certificate certificate : suspendedByDelisting(countryCode)) {
            if (certificate.openProposal().isEmpty()) {
                decisions.propose(certificate.getReference(), certificate.getVersion(), reinstatement, null);
                proposed.add(certificate.getReference());
            }
        }
        if (proposed.isEmpty()) {
            throw new RuleViolationException("rule.reinstatement.nothingToPropose", standing.country());
        }
        return proposed;
    }

    /** The second pair of eyes on every such proposal, by a senior reviewer other than the proposer. @return the references */
    @RolesAllowed(Roles.SENIOR_REVIEWER)
    @Transactional
    public List<String> confirm(String countryCode) {
        CountryStanding standing = requireApprovedAgain(countryCode);
        List<String> reinstated = new ArrayList<>();
        for (Certificate certificate : suspendedByDelisting(countryCode)) {
            DecisionProposal proposal = certificate.openProposal().filter(CountryReinstatement::isOurs).orElse(null);
            if (proposal != null) {
                decisions.confirm(certificate.getReference(), certificate.getVersion(), proposal.getId());
                reinstated.add(certificate.getReference());
            }
        }
        if (reinstated.isEmpty()) {
            throw new RuleViolationException("rule.reinstatement.nothingToConfirm", standing.country());
        }
        return reinstated;
    }

    /** When an administrator puts a country back on the list: tells the reviewers what waits. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional(Transactional.TxType.MANDATORY)
    void countryApprovedAgain(@Observes CountryApprovedAgain approval) {
        String countryCode = approval.countryCode();
        List<Certificate> waiting = suspendedByDelisting(countryCode);
        if (waiting.isEmpty()) {
            return;
        }
        CountryName country = referenceData.countryStanding(countryCode, LocalDate.now(clock.withZone(ZoneOffset.UTC)))
                .country();
        for (String role : List.of(Roles.REVIEWER, Roles.SENIOR_REVIEWER)) {
            notifications.toRole(role, NotificationKind.COUNTRY_REINSTATEMENTS_AWAITING, "", country,
                    String.join(", ", waiting.stream().map(Certificate::getReference).toList()));
        }
    }

    private CountryStanding requireApprovedAgain(String countryCode) {
        CountryStanding standing = referenceData.countryStanding(countryCode, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        if (!standing.approved()) {
            throw new RuleViolationException("rule.decision.countryNotApproved", standing.country(),
                    standing.since() == null ? "-" : standing.since().toString(),
                    standing.reason() == null ? "-" : standing.reason());
        }
        return standing;
    }

    /** Suspended, and the last thing that happened to it was its country's delisting; every country's when null. */
    private List<Certificate> suspendedByDelisting(String countryCode) {
        return em.createQuery("SELECT c FROM Certificate c JOIN FETCH c.agency WHERE c.agency.country.code = :country "
                        + "AND c.status = :suspended AND (SELECT s.reasonCode FROM StatusChange s WHERE s.certificate = c "
                        + "AND s.id = (SELECT max(t.id) FROM StatusChange t WHERE t.certificate = c)) = :delisted "
                        + "ORDER BY c.reference", Certificate.class)
                .setParameter("country", countryCode)
                .setParameter("suspended", CertificateStatus.SUSPENDED)
                .setParameter("delisted", DecisionReason.COUNTRY_DELISTED.name())
                .getResultList();
    }

    private static boolean isOurs(DecisionProposal proposal) {
        return proposal.getKind() == DecisionKind.REINSTATE && proposal.getReason() == DecisionReason.COUNTRY_APPROVED_AGAIN;
    }
}

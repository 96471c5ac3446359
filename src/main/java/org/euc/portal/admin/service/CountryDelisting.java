package org.euc.portal.admin.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.euc.portal.certificate.domain.Certificate;
import org.euc.portal.certificate.domain.CertificateStatus;
import org.euc.portal.certificate.domain.Decision;
import org.euc.portal.certificate.domain.DecisionKind;
import org.euc.portal.certificate.domain.DecisionReason;
import org.euc.portal.common.audit.domain.AuditAction;
import org.euc.portal.common.audit.service.AuditLog;
import org.euc.portal.common.domain.RuleViolationException;
import org.euc.portal.common.i18n.Phrase;
import org.euc.portal.common.security.Caller;
import org.euc.portal.common.security.Roles;
import org.euc.portal.notification.domain.NotificationKind;
import org.euc.portal.notification.service.Notifications;
import org.euc.portal.reference.domain.Country;
import org.euc.portal.reference.domain.CountryApproval;
import org.euc.portal.reference.service.ReferenceData;
import org.euc.portal.admin.service.DelistingPreview.AffectedAgency;
import org.euc.portal.admin.service.DelistingPreview.AffectedCertificate;

/**
 * Taking countries off the approved list, and its consequence: every approved certificate of
 * their agencies is suspended at once (actor "system", reason COUNTRY_DELISTED) and goes back to
 * the review queue. One call delists many countries, so cutting the list is one reviewed operation.
 */
@ApplicationScoped
public class CountryDelisting {

    public static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AuditLog auditLog;

    @Inject
    Notifications notifications;

    @Inject
    ReferenceData referenceData;

    Clock clock = Clock.systemUTC();

    /** Exactly what {@link #delist} would suspend if the delisting took effect now. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public DelistingPreview preview(Collection<String> countryCodes) {
        Set<String> codes = knownCountries(countryCodes);
        List<AffectedAgency> agencies = em.createQuery("SELECT new org.euc.portal.admin.service."
                        + "DelistingPreview$AffectedAgency(a.code, a.name, a.country.code) FROM Agency a "
                        + "WHERE a.country.code IN :codes ORDER BY a.country.code, a.code", AffectedAgency.class)
                .setParameter("codes", codes).getResultList();
        List<AffectedCertificate> certificates = approvedCertificatesOf(codes).stream()
                .map(c -> new AffectedCertificate(c.getReference(), c.getAgency().getCode(),
                        c.getAgency().getCountry().getCode(), c.getApprovedUntil()))
                .toList();
        return new DelistingPreview(List.copyOf(codes), agencies, certificates);
    }

    /**
     * Records the delisting of each country from the given day; when that day has come, suspends
     * their agencies' approved certificates now (later ones are applied by the daily job).
     *
     * @return how many certificates were suspended now
     */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public int delist(Collection<String> countryCodes, LocalDate effectiveFrom, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("rule.decision.rationaleRequired");
        }
        Set<String> codes = knownCountries(countryCodes);
        Instant now = clock.instant();
        // one decision and one audit event per country: a cut of the list is as many decisions as countries
        for (String code : codes) {
            em.persist(new CountryApproval(em.find(Country.class, code), false, effectiveFrom, reason.strip(),
                    caller.name(), now));
            auditLog.record(AuditAction.COUNTRY_DELISTED, "COUNTRY", code, "effective " + effectiveFrom + ": " + reason.strip());
        }
        if (effectiveFrom.isAfter(today())) {
            return 0;
        }
        em.flush();
        return suspendApprovedCertificatesOf(codes, effectiveFrom, Phrase.verbatim(reason.strip()), now);
    }

    /**
     * For the daily job: suspends approved certificates of countries whose delisting has taken
     * effect (a future-dated delisting, or a certificate approved in between). Not for people.
     */
    @Transactional
    public int applyDelistingsInForce() {
        // only countries with approved certificates can need it: a few, not the 249 of the ISO list
        List<String> countries = em.createQuery("SELECT DISTINCT a.country.code FROM Certificate c JOIN c.agency a "
                + "WHERE c.status = org.euc.portal.certificate.domain.CertificateStatus.APPROVED", String.class).getResultList();
        int suspended = 0;
        for (String code : countries) {
            var standing = referenceData.countryStanding(code, today());
            if (!standing.approved()) {
                suspended += suspendApprovedCertificatesOf(Set.of(code), standing.since(), standing.reason() == null
                        ? Phrase.of("decision.delisted.noReason") : Phrase.verbatim(standing.reason()), clock.instant());
            }
        }
        return suspended;
    }

    /** @param reason the administrator's words, or the portal's when it has none */
    private int suspendApprovedCertificatesOf(Set<String> codes, LocalDate effectiveFrom, Phrase reason, Instant now) {
        List<Certificate> approved = approvedCertificatesOf(codes);
        Decision suspension = new Decision(DecisionKind.SUSPEND, DecisionReason.COUNTRY_DELISTED,
                Phrase.of("decision.delisted.rationale"), Phrase.of("decision.delisted.legalBasis", effectiveFrom, reason));
        for (Certificate certificate : approved) {
            certificate.suspend(suspension, SYSTEM, now);
            notifications.toAgency(certificate.getAgency().getCode(), NotificationKind.CERTIFICATE_SUSPENDED,
                    certificate.getReference(), suspension.rationale());
            auditLog.recordBySystem(AuditAction.CERTIFICATE_SUSPENDED, "CERTIFICATE", certificate.getReference(),
                    "COUNTRY_DELISTED: " + certificate.getAgency().getCountry().getCode() + " delisted from " + effectiveFrom);
        }
        return approved.size();
    }

    private List<Certificate> approvedCertificatesOf(Set<String> codes) {
        return em.createQuery("SELECT c FROM Certificate c JOIN FETCH c.agency "
                        + "WHERE c.agency.country.code IN :codes AND c.status = :approved ORDER BY c.reference", Certificate.class)
                .setParameter("codes", codes)
                .setParameter("approved", CertificateStatus.APPROVED)
                .getResultList();
    }

    private Set<String> knownCountries(Collection<String> countryCodes) {
        Set<String> codes = new TreeSet<>();
        for (String code : countryCodes) {
            if (em.find(Country.class, code) == null) {
                throw new RuleViolationException("rule.country.unknown", code);
            }
            codes.add(code);
        }
        if (codes.isEmpty()) {
            throw new RuleViolationException("rule.country.noneChosen");
        }
        return codes;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}

package org.euc.portal.admin.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.euc.portal.common.audit.domain.AuditAction;
import org.euc.portal.common.audit.service.AuditLog;
import org.euc.portal.common.domain.RuleViolationException;
import org.euc.portal.common.persistence.LikePattern;
import org.euc.portal.common.persistence.NoSuchRecordException;
import org.euc.portal.common.security.Caller;
import org.euc.portal.common.security.Roles;
import org.euc.portal.reference.domain.Country;
import org.euc.portal.reference.domain.CountryApproval;

/**
 * The approved-country list: every country with its standing today and its full history, approval
 * decisions (many countries at once) and the country profile. Delisting, with its consequences,
 * is {@link CountryDelisting}.
 */
@ApplicationScoped
@RolesAllowed(Roles.ADMIN)
@Transactional
public class CountryAdministration {

    /** Identifies the decision in force today for country c: the latest recorded on the latest day on or before today. */
    private static final String DECISION_IN_FORCE = "(SELECT max(x.id) FROM CountryApproval x WHERE x.country = c "
            + "AND x.effectiveFrom = (SELECT max(y.effectiveFrom) FROM CountryApproval y WHERE y.country = c "
            + "AND y.effectiveFrom <= :today))";

    private static final String STANDING = "(SELECT d.approved FROM CountryApproval d WHERE d.id = " + DECISION_IN_FORCE + ")";

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AuditLog auditLog;

    @Inject
    Event<CountryApprovedAgain> approvedAgain;

    Clock clock = Clock.systemUTC();

    /** A page's rows in one query: standing and agency count come as columns, not as a lookup per row. */
    private static final String ROW = "SELECT new org.euc.portal.admin.service.CountryRow(c.code, c.name, "
            + "coalesce(d.approved, false), d.effectiveFrom, d.reason, c.judicialOrderRequired, "
            + "(SELECT count(a) FROM Agency a WHERE a.country = c)) "
            + "FROM Country c LEFT JOIN CountryApproval d ON d.id = " + DECISION_IN_FORCE + " WHERE ";

    /**
     * Pages show each country in the reader's language, but the search and the order stay on the stored
     * English name (or the code): they run in the database, which knows no other name.
     */
    public List<CountryRow> page(String text, boolean onlyApproved, int first, int pageSize) {
        return em.createQuery(ROW + conditions(text, onlyApproved) + " ORDER BY c.name", CountryRow.class)
                .setParameter("text", like(text))
                .setParameter("today", today())
                .setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    public CountryRow row(String code) {
        return em.createQuery(ROW + "c.code = :code", CountryRow.class).setParameter("code", code)
                .setParameter("today", today()).getResultStream().findFirst()
                .orElseThrow(() -> new NoSuchRecordException("Country", code));
    }

    public long count(String text, boolean onlyApproved) {
        TypedQuery<Long> query = em.createQuery("SELECT count(c) FROM Country c WHERE " + conditions(text, onlyApproved),
                Long.class).setParameter("text", like(text));
        return (onlyApproved ? query.setParameter("today", today()) : query).getSingleResult();
    }

    /** Every country by its English name, for choosing one in a form. */
    public List<Country> all() {
        return em.createQuery("SELECT c FROM Country c ORDER BY c.name", Country.class).getResultList();
    }

    /** Every decision about the country, newest first. */
    public List<CountryApproval> history(String code) {
        requireCountry(code);
        return em.createQuery("SELECT d FROM CountryApproval d WHERE d.country.code = :code "
                + "ORDER BY d.effectiveFrom DESC, d.id DESC", CountryApproval.class).setParameter("code", code).getResultList();
    }

    /** Puts countries on the approved list from a day, for a reason: one decision and one audit event each. */
    public void approve(Collection<String> codes, LocalDate effectiveFrom, String reason) {
        if (codes.isEmpty()) {
            throw new RuleViolationException("rule.country.noneChosen");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("rule.decision.rationaleRequired");
        }
        for (String code : codes) {
            em.persist(new CountryApproval(requireCountry(code), true, effectiveFrom, reason.strip(), caller.name(),
                    clock.instant()));
            auditLog.record(AuditAction.COUNTRY_APPROVED, "COUNTRY", code, "effective " + effectiveFrom + ": " + reason.strip());
            if (!effectiveFrom.isAfter(today())) {
                approvedAgain.fire(new CountryApprovedAgain(code));
            }
        }
    }

    public void setJudicialOrderRequired(String code, boolean required) {
        requireCountry(code).setJudicialOrderRequired(required);
        auditLog.record(AuditAction.COUNTRY_PROFILE_CHANGED, "COUNTRY", code, "judicial order required: " + required);
    }

    /** The countries approved today: the starting point for cutting the list. */
    public List<String> approvedToday() {
        return em.createQuery("SELECT c.code FROM Country c WHERE " + STANDING + " = true ORDER BY c.code", String.class)
                .setParameter("today", today()).getResultList();
    }

    private Country requireCountry(String code) {
        Country country = code == null ? null : em.find(Country.class, code);
        if (country == null) {
            throw new NoSuchRecordException("Country", code);
        }
        return country;
    }

    private static String conditions(String text, boolean onlyApproved) {
        return "(lower(c.name) LIKE :text ESCAPE '\\' OR lower(c.code) LIKE :text ESCAPE '\\')" + (onlyApproved ? " AND " + STANDING + " = true" : "");
    }

    private static String like(String text) {
        return LikePattern.containing(text == null ? "" : text.strip().toLowerCase(Locale.ROOT));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}

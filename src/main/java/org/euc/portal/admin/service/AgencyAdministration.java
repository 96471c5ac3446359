package org.euc.portal.admin.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.euc.portal.common.audit.domain.AuditAction;
import org.euc.portal.common.audit.service.AuditLog;
import org.euc.portal.common.domain.RuleViolationException;
import org.euc.portal.common.persistence.NoSuchRecordException;
import org.euc.portal.common.security.Roles;
import org.euc.portal.reference.domain.Agency;
import org.euc.portal.reference.domain.AgencyKind;
import org.euc.portal.reference.domain.Country;

/**
 * The agencies that may apply: creating, correcting, deactivating. An agency is never deleted:
 * its certificates, ledger and audit trail keep pointing at it.
 */
@ApplicationScoped
@RolesAllowed(Roles.ADMIN)
@Transactional
public class AgencyAdministration {

    /** Upper-case letters and digits in groups joined by hyphens, e.g. ARC-NPA: codes appear in references and URLs. */
    static final Pattern CODE = Pattern.compile("[A-Z0-9]{2,8}(-[A-Z0-9]{1,10}){0,2}");
    static final int CODE_MAX_LENGTH = 20;
    static final int NAME_MAX_LENGTH = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog auditLog;

    Clock clock = Clock.systemUTC();

    private static final String ROW = "SELECT new org.euc.portal.admin.service.AgencyRow(a.code, a.name, a.kind, "
            + "c.code, c.name, a.active, (SELECT count(s) FROM Signatory s WHERE s.agency = a AND s.validFrom <= :now "
            + "AND s.validUntil >= :now AND (s.revokedAt IS NULL OR s.revokedAt > :now)), a.version) "
            + "FROM Agency a JOIN a.country c WHERE ";

    /**
     * One page of agencies, by country then name.
     *
     * @param text        part of the code or name, blank for all
     * @param countryCode only this country's, or null
     */
    public List<AgencyRow> page(String text, String countryCode, int first, int pageSize) {
        TypedQuery<AgencyRow> query = em.createQuery(ROW + conditions(countryCode) + " ORDER BY c.name, a.name",
                AgencyRow.class).setParameter("now", clock.instant());
        return bind(query, text, countryCode).setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    public long count(String text, String countryCode) {
        return bind(em.createQuery("SELECT count(a) FROM Agency a JOIN a.country c WHERE " + conditions(countryCode),
                Long.class), text, countryCode).getSingleResult();
    }

    public AgencyRow agency(String code) {
        return em.createQuery(ROW + "a.code = :code", AgencyRow.class)
                .setParameter("now", clock.instant()).setParameter("code", code)
                .getResultStream().findFirst().orElseThrow(() -> new NoSuchRecordException("Agency", code));
    }

    /** The active agencies by code, for binding an importer to one. */
    public List<AgencyRow> active() {
        return em.createQuery(ROW + "a.active = true ORDER BY a.code", AgencyRow.class)
                .setParameter("now", clock.instant()).getResultList();
    }

    public void create(String code, String name, AgencyKind kind, String countryCode) {
        String cleanCode = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(cleanCode).matches() || cleanCode.length() > CODE_MAX_LENGTH) {
            throw new RuleViolationException("rule.agency.code", cleanCode);
        }
        if (!em.createQuery("SELECT a.id FROM Agency a WHERE a.code = :code", Long.class)
                .setParameter("code", cleanCode).getResultList().isEmpty()) {
            throw new RuleViolationException("rule.agency.codeTaken", cleanCode);
        }
        Country country = countryCode == null ? null : em.find(Country.class, countryCode);
        if (country == null) {
            throw new RuleViolationException("rule.country.unknown", countryCode);
        }
        em.persist(new Agency(cleanCode, requiredName(name), country, requiredKind(kind)));
        auditLog.record(AuditAction.AGENCY_CREATED, "AGENCY", cleanCode, name.strip() + " (" + kind + "), " + country.getCode());
    }

    /**
     * Corrects the name or kind.
     *
     * @param expectedVersion the version the administrator edited: a concurrent edit is refused
     */
    public void change(String code, String name, AgencyKind kind, long expectedVersion) {
        Agency agency = requireAgency(code, expectedVersion);
        String before = agency.getName() + " (" + agency.getKind() + ")";
        agency.rename(requiredName(name), requiredKind(kind));
        auditLog.record(AuditAction.AGENCY_CHANGED, "AGENCY", code, before + " -> " + agency.getName() + " (" + kind + ")");
    }

    /** Its importers can no longer start or submit certificates; everything it has stays readable. */
    public void deactivate(String code, String reason, long expectedVersion) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("rule.decision.rationaleRequired");
        }
        requireAgency(code, expectedVersion).deactivate();
        auditLog.record(AuditAction.AGENCY_CHANGED, "AGENCY", code, "deactivated: " + reason.strip());
    }

    public void reactivate(String code, long expectedVersion) {
        requireAgency(code, expectedVersion).reactivate();
        auditLog.record(AuditAction.AGENCY_CHANGED, "AGENCY", code, "reactivated");
    }

    private Agency requireAgency(String code, long expectedVersion) {
        List<Agency> found = em.createQuery("SELECT a FROM Agency a WHERE a.code = :code", Agency.class)
                .setParameter("code", code).getResultList();
        if (found.isEmpty()) {
            throw new NoSuchRecordException("Agency", code);
        }
        if (found.get(0).getVersion() != expectedVersion) {
            throw RuleViolationException.concurrentChange();
        }
        return found.get(0);
    }

    private static String requiredName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > NAME_MAX_LENGTH) {
            throw new RuleViolationException("rule.agency.name", NAME_MAX_LENGTH);
        }
        return name.strip();
    }

    private static AgencyKind requiredKind(AgencyKind kind) {
        if (kind == null) {
            throw new RuleViolationException("rule.agency.kind");
        }
        return kind;
    }

    private static String conditions(String countryCode) {
        return "(lower(a.name) LIKE :text ESCAPE '\\' OR lower(a.code) LIKE :text ESCAPE '\\')" + (countryCode == null ? "" : " AND c.code = :country");
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, String text, String countryCode) {
        query.setParameter("text", like(text));
        return countryCode == null ? query : query.setParameter("country", countryCode);
    }

    private static String like(String text) {
        return "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) + "%";
    }
}

package org.euc.portal.admin.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.euc.portal.certificate.service.SubmissionFlags;
import org.euc.portal.common.audit.domain.AuditAction;
import org.euc.portal.common.audit.service.AuditLog;
import org.euc.portal.common.domain.InputProblem;
import org.euc.portal.common.domain.RuleViolationException;
import org.euc.portal.common.persistence.NoSuchRecordException;
import org.euc.portal.common.security.Caller;
import org.euc.portal.common.security.Roles;
import org.euc.portal.reference.domain.Country;
import org.euc.portal.reference.domain.Offence;
import org.euc.portal.reference.service.OffenceCatalogueCsv;
import org.euc.portal.reference.service.OffenceCatalogueCsv.OffenceLine;

/**
 * The national offence catalogues. An entry is never overwritten: an edit closes the version in
 * force on the day the new one takes effect and adds the new one, so a certificate keeps what it
 * declared and the history shows what the law said when. Open cases declaring a revised entry are
 * flagged for their reviewer.
 */
@ApplicationScoped
@RolesAllowed(Roles.ADMIN)
@Transactional
public class OffenceAdministration {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AuditLog auditLog;

    @Inject
    SubmissionFlags submissionFlags;

    @Inject
    OffenceCatalogueCsv csv;

    Clock clock = Clock.systemUTC();

    /**
     * One page of a country's catalogue by offence code, then newest version first.
     *
     * @param withHistory also list closed versions; otherwise only the latest version of each code
     */
    public List<Offence> page(String countryCode, String text, boolean withHistory, int first, int pageSize) {
        return bind(em.createQuery("SELECT o FROM Offence o WHERE " + conditions(withHistory)
                        + " ORDER BY o.offenceCode, o.effectiveFrom DESC, o.id DESC", Offence.class), countryCode, text)
                .setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    public long count(String countryCode, String text, boolean withHistory) {
        return bind(em.createQuery("SELECT count(o) FROM Offence o WHERE " + conditions(withHistory), Long.class),
                countryCode, text).getSingleResult();
    }

    /** Every version of one entry, newest first. */
    public List<Offence> history(String countryCode, String offenceCode) {
        List<Offence> versions = em.createQuery("SELECT o FROM Offence o WHERE o.countryCode = :country "
                        + "AND o.offenceCode = :code ORDER BY o.effectiveFrom DESC, o.id DESC", Offence.class)
                .setParameter("country", countryCode).setParameter("code", offenceCode).getResultList();
        if (versions.isEmpty()) {
            throw new NoSuchRecordException("Offence", offenceCode);
        }
        return versions;
    }

    /** Adds an offence code new to the country's catalogue. */
    public long create(String countryCode, OffenceLine line) {
        requireCountry(countryCode);
        check(countryCode, line);
        if (currentVersions(countryCode).containsKey(line.offenceCode())) {
            throw new RuleViolationException("rule.offence.codeTaken", line.offenceCode());
        }
        Offence offence = line.toOffence(countryCode, caller.name(), clock.instant());
        em.persist(offence);
        auditLog.record(AuditAction.OFFENCE_CREATED, "OFFENCE", line.offenceCode(), describe(line));
        return offence.getId();
    }

    /**
     * Revises the version in force of an entry: it is closed the day the new version takes effect.
     *
     * @param currentId the version the administrator edited; refused when it has been revised since
     * @return the id of the new version
     */
    public long revise(long currentId, OffenceLine changed) {
        // locked so that two administrators revising the same entry cannot both close it
        Offence current = em.find(Offence.class, currentId, LockModeType.PESSIMISTIC_WRITE);
        if (current == null) {
            throw new NoSuchRecordException("Offence", currentId);
        }
        if (current.getEffectiveUntil() != null) {
            throw new RuleViolationException("rule.offence.notCurrent", current.getOffenceCode());
        }
        if (!current.getOffenceCode().equals(changed.offenceCode())) {
            throw new RuleViolationException("rule.offence.codeFixed", current.getOffenceCode());
        }
        check(current.getCountryCode(), changed);
        if (sameContent(current, changed)) {
            throw new RuleViolationException("rule.offence.unchanged", current.getOffenceCode());
        }
        return replace(current, changed, clock.instant()).getId();
    }

    /**
     * Applies a catalogue file: new codes are added, changed entries revised, equal ones skipped.
     * All or nothing: any problem in any row and the catalogue stays as it was.
     */
    public CatalogueImport importCsv(String countryCode, InputStream file) {
        requireCountry(countryCode);
        OffenceCatalogueCsv.ParseResult parsed = csv.parse(file, countryCode);
        if (!parsed.isClean()) {
            return CatalogueImport.refused(parsed.problems());
        }
        Map<String, Offence> current = currentVersions(countryCode);
        List<InputProblem> problems = new ArrayList<>();
        for (OffenceCatalogueCsv.Row row : parsed.rows()) {
            Offence inForce = current.get(row.offence().offenceCode());
            if (inForce != null && !sameContent(inForce, row.offence())
                    && !row.offence().effectiveFrom().isAfter(inForce.getEffectiveFrom())) {
                problems.add(new InputProblem(row.line(), "effectiveFrom", "rule.offence.versionOrder",
                        inForce.getEffectiveFrom()));
            }
        }
        if (!problems.isEmpty()) {
            return CatalogueImport.refused(problems);
        }
        Instant now = clock.instant();
        int created = 0;
        int revised = 0;
        int unchanged = 0;
        int flags = 0;
        for (OffenceCatalogueCsv.Row row : parsed.rows()) {
            Offence inForce = current.get(row.offence().offenceCode());
            if (inForce == null) {
                em.persist(row.offence().toOffence(countryCode, caller.name(), now));
                created++;
            } else if (sameContent(inForce, row.offence())) {
                unchanged++;
            } else {
                flags += closeAndFlag(inForce, row.offence(), now);
                revised++;
            }
        }
        CatalogueImport result = new CatalogueImport(created, revised, unchanged, flags, List.of());
        auditLog.record(AuditAction.OFFENCES_IMPORTED, "COUNTRY", countryCode, created + " added, " + revised
                + " revised, " + unchanged + " unchanged, " + flags + " open cases flagged");
        return result;
    }

    private Offence replace(Offence current, OffenceLine changed, Instant now) {
        int flagged = closeAndFlag(current, changed, now);
        auditLog.record(AuditAction.OFFENCE_CHANGED, "OFFENCE", changed.offenceCode(), describe(changed)
                + "; previous version closed on " + changed.effectiveFrom() + ", " + flagged + " open cases flagged");
        return em.createQuery("SELECT o FROM Offence o WHERE o.countryCode = :country AND o.offenceCode = :code "
                        + "AND o.effectiveUntil IS NULL", Offence.class)
                .setParameter("country", current.getCountryCode()).setParameter("code", changed.offenceCode())
                .getSingleResult();
    }

    /** Closes the version in force, adds its successor and flags the open cases declaring the old one. */
    private int closeAndFlag(Offence current, OffenceLine successor, Instant now) {
        current.closeOn(successor.effectiveFrom());
        em.persist(successor.toOffence(current.getCountryCode(), caller.name(), now));
        em.flush();
        return submissionFlags.raiseForChangedOffence(current, now);
    }

    /** The version in force (not closed) of each code of the country, in one query. */
    private Map<String, Offence> currentVersions(String countryCode) {
        return em.createQuery("SELECT o FROM Offence o WHERE o.countryCode = :country AND o.effectiveUntil IS NULL",
                        Offence.class).setParameter("country", countryCode).getResultStream()
                .collect(Collectors.toMap(Offence::getOffenceCode, Function.identity()));
    }

    /** The checks a form's typed values need; a CSV file gets the same checks cell by cell from the parser. */
    private static void check(String countryCode, OffenceLine line) {
        if (line.offenceCode() == null || !OffenceCatalogueCsv.OFFENCE_CODE.matcher(line.offenceCode()).matches()
                || !line.offenceCode().startsWith(countryCode + "-")) {
            throw new RuleViolationException("rule.offence.code", countryCode);
        }
        if (blank(line.statute()) || line.statute().length() > OffenceCatalogueCsv.STATUTE_MAX_LENGTH
                || blank(line.name()) || line.name().length() > OffenceCatalogueCsv.NAME_MAX_LENGTH) {
            throw new RuleViolationException("rule.offence.text", OffenceCatalogueCsv.STATUTE_MAX_LENGTH,
                    OffenceCatalogueCsv.NAME_MAX_LENGTH);
        }
        Integer years = line.maxPenaltyYears();
        if (years == null ? !line.lifeImprisonment() : years < 1 || years > OffenceCatalogueCsv.PENALTY_MAX_YEARS) {
            throw new RuleViolationException("rule.offence.penalty", OffenceCatalogueCsv.PENALTY_MAX_YEARS);
        }
        if (line.category() == null || line.effectiveFrom() == null) {
            throw new RuleViolationException("rule.offence.categoryAndDate");
        }
    }

    private static boolean sameContent(Offence version, OffenceLine line) {
        return version.getStatute().equals(line.statute()) && version.getName().equals(line.name())
                && Objects.equals(version.getMaxPenaltyYears(), line.maxPenaltyYears())
                && version.isLifeImprisonment() == line.lifeImprisonment() && version.getCategory() == line.category();
    }

    private static String describe(OffenceLine line) {
        return line.statute() + " " + line.name() + ", " + (line.lifeImprisonment() ? "life" : line.maxPenaltyYears() + " years")
                + ", " + line.category() + ", effective " + line.effectiveFrom();
    }

    private void requireCountry(String countryCode) {
        if (countryCode == null || em.find(Country.class, countryCode) == null) {
            throw new NoSuchRecordException("Country", countryCode);
        }
    }

    private static String conditions(boolean withHistory) {
        return "o.countryCode = :country AND (lower(o.offenceCode) LIKE :text ESCAPE '\\' OR lower(o.name) LIKE :text ESCAPE '\\' "
                + "OR lower(o.statute) LIKE :text ESCAPE '\\')" + (withHistory ? "" : " AND o.effectiveUntil IS NULL");
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, String countryCode, String text) {
        return query.setParameter("country", countryCode)
                .setParameter("text", "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) + "%");
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}

package org.euc.portal.reports.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.euc.portal.certificate.domain.CertificateStatus;
import org.euc.portal.certificate.domain.FlagRule;
import org.euc.portal.common.security.Roles;
import org.euc.portal.review.domain.ReviewTarget;
import org.euc.portal.review.service.ReviewQueue;
import org.euc.portal.reports.service.DashboardFigures.CountryCount;
import org.euc.portal.reports.service.DashboardFigures.MonthCount;
import org.euc.portal.reports.service.DashboardFigures.ReviewTimes;

/**
 * The dashboard's figures, each one aggregate query in the database. The queue figures use the
 * review queue's own definition of an open case and of the target, so they equal what it lists.
 */
@ApplicationScoped
@RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
@Transactional
public class ReviewStatistics {

    static final int LEDGER_MONTHS = 12;

    /**
     * Each decision with the latest submission before it: the working days the case took, in the
     * unit of the review target (the submission day excluded, weekends aside; V13, V16). Each
     * certificate's submissions and decisions are read once, in order (the partial index of V16), and
     * the latest submission so far is a running maximum: the default window frame reaches the rows
     * changed at the same moment too, as "changed_at <= the decision's" did. (The correlated
     * max(changed_at) it replaces ran three index scans per decision.)
     */
    private static final String REVIEW_DAYS = "SELECT count(*), percentile_cont(0.5) WITHIN GROUP (ORDER BY days), "
            + "percentile_cont(0.9) WITHIN GROUP (ORDER BY days) FROM (SELECT working_days_between("
            + "(submitted_at AT TIME ZONE 'UTC')::date, (decided_at AT TIME ZONE 'UTC')::date) AS days FROM ("
            + "SELECT s.changed_at AS decided_at, s.to_status, s.from_status, max(s.changed_at) FILTER (WHERE s.to_status "
            + "= 'SUBMITTED') OVER (PARTITION BY s.certificate_id ORDER BY s.changed_at) AS submitted_at FROM status_change s "
            + "WHERE s.to_status IN ('SUBMITTED', 'APPROVED', 'REJECTED', 'CHANGES_REQUESTED')) decided "
            + "WHERE to_status IN ('APPROVED', 'REJECTED', 'CHANGES_REQUESTED') AND from_status IN ('SUBMITTED', 'UNDER_REVIEW') "
            + "AND submitted_at IS NOT NULL) timed";

    /**
     * Certificates their agency submitted: not drafts, and not withdrawn ones, since only a draft
     * can be withdrawn (CertificateStatus).
     */
    private static final String EVER_SUBMITTED = "c.status NOT IN :neverSubmitted";

    @PersistenceContext
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /**
     * How long the dashboard page shows the same figures. They are counts over the whole portal and
     * the same for every reader; recomputed for each view they made the dashboard the slowest page
     * (a few hundred milliseconds of database work at 10,000 certificates, seconds at a million).
     */
    static final Duration FIGURES_KEPT = Duration.ofMinutes(1);

    private volatile Snapshot kept;

    /** The figures as they were at {@code asOf}. */
    public record Snapshot(DashboardFigures figures, Instant asOf) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** Figures at most {@link #FIGURES_KEPT} old, computed once for everyone who opens the page meanwhile. */
    public Snapshot recentFigures() {
        Snapshot snapshot = kept;
        if (snapshot != null && clock.instant().isBefore(snapshot.asOf().plus(FIGURES_KEPT))) {
            return snapshot;
        }
        synchronized (this) { // readers arriving while they are computed wait for them instead of computing them again
            snapshot = kept;
            return snapshot != null && clock.instant().isBefore(snapshot.asOf().plus(FIGURES_KEPT)) ? snapshot
                    : refreshedFigures();
        }
    }

    /** Figures computed now (the page's refresh button), kept for the next readers. */
    public Snapshot refreshedFigures() {
        Snapshot snapshot = new Snapshot(figures(), clock.instant());
        kept = snapshot;
        return snapshot;
    }

    /** Figures computed now: the API's answer, always current. */
    public DashboardFigures figures() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        return new DashboardFigures(byStatus(), byCountry(), reviewTimes(), openCases(), overdueCases(today),
                openFlags(), ledgerEntriesPerMonth(YearMonth.from(today)));
    }

    private Map<CertificateStatus, Long> byStatus() {
        Map<CertificateStatus, Long> counts = new EnumMap<>(CertificateStatus.class);
        everSubmitted(em.createQuery("SELECT c.status, count(c) FROM Certificate c WHERE " + EVER_SUBMITTED
                        + " GROUP BY c.status", Object[].class)).getResultList()
                .forEach(row -> counts.put((CertificateStatus) row[0], (Long) row[1]));
        return counts;
    }

    private List<CountryCount> byCountry() {
        return everSubmitted(em.createQuery("SELECT new org.euc.portal.reports.service.DashboardFigures$CountryCount("
                        + "k.code, k.name, count(c)) FROM Certificate c JOIN c.agency a JOIN a.country k WHERE "
                        + EVER_SUBMITTED + " GROUP BY k.code, k.name ORDER BY count(c) DESC, k.name", CountryCount.class))
                .getResultList();
    }

    private static <T> TypedQuery<T> everSubmitted(TypedQuery<T> query) {
        return query.setParameter("neverSubmitted", EnumSet.of(CertificateStatus.DRAFT, CertificateStatus.WITHDRAWN));
    }

    private ReviewTimes reviewTimes() {
        Object[] row = (Object[]) em.createNativeQuery(REVIEW_DAYS).getSingleResult();
        return new ReviewTimes(((Number) row[0]).longValue(), roundedDays(row[1]), roundedDays(row[2]));
    }

    private long openCases() {
        ReviewQueue.OpenCase open = ReviewQueue.openCase(em);
        return open.bind(em.createQuery("SELECT count(c) FROM Certificate c WHERE " + open.condition(), Long.class))
                .getSingleResult();
    }

    private long overdueCases(LocalDate today) {
        ReviewQueue.OpenCase open = ReviewQueue.openCase(em);
        return open.bind(em.createQuery("SELECT count(c) FROM Certificate c WHERE " + open.condition()
                        + " AND c.waitingSince < :onTimeFrom", Long.class))
                .setParameter("onTimeFrom", ReviewTarget.firstOnTimeEntryDay(today).atStartOfDay(ZoneOffset.UTC).toInstant())
                .getSingleResult();
    }

    private Map<FlagRule, Long> openFlags() {
        Map<FlagRule, Long> counts = new EnumMap<>(FlagRule.class);
        em.createQuery("SELECT f.rule, count(f) FROM ComplianceFlag f WHERE f.resolvedAt IS NULL GROUP BY f.rule",
                Object[].class).getResultList().forEach(row -> counts.put((FlagRule) row[0], (Long) row[1]));
        return counts;
    }

    /** Every one of the last twelve months, with zero where nothing was recorded. */
    private List<MonthCount> ledgerEntriesPerMonth(YearMonth current) {
        YearMonth first = current.minusMonths(LEDGER_MONTHS - 1L);
        Map<String, Long> counts = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM'), count(*) "
                        + "FROM ledger_entry WHERE recorded_at >= ?1 GROUP BY 1")
                .setParameter(1, Timestamp.from(first.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant()))
                .getResultList();
        rows.forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        List<MonthCount> months = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(current); month = month.plusMonths(1)) {
            months.add(new MonthCount(month.toString(), counts.getOrDefault(month.toString(), 0L)));
        }
        return months;
    }

    private static Double roundedDays(Object value) {
        return value == null ? null : Math.round(((Number) value).doubleValue() * 10) / 10.0;
    }
}

package org.euc.portal.common.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/** The rows of {@code scheduled_run}, each written in its own transaction so other nodes see it at once. */
@ApplicationScoped
class RunClaims {

    @PersistenceContext
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** @return whether this call claimed the period; false when a run, here or on another node, already had */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean claim(String job, Instant periodStart) {
        return em.createNativeQuery("INSERT INTO scheduled_run (job, period_start, node, claimed_at) "
                        + "VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING")
                .setParameter(1, job)
                .setParameter(2, periodStart)
                .setParameter(3, ScheduledRuns.THIS_NODE)
                .setParameter(4, clock.instant())
                .executeUpdate() == 1;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void finished(String job, Instant periodStart, String outcome) {
        em.createNativeQuery("UPDATE scheduled_run SET finished_at = ?1, outcome = ?2 WHERE job = ?3 "
                        + "AND period_start = ?4")
                .setParameter(1, clock.instant())
                .setParameter(2, outcome)
                .setParameter(3, job)
                .setParameter(4, periodStart)
                .executeUpdate();
    }
}

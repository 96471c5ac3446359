package org.euc.portal.common.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a scheduled job once per period across every node of the portal. Each node keeps the same
 * non-persistent EJB timers; when one fires, the node claims the job's current period by inserting
 * its row into {@code scheduled_run}, and only the node whose insert went in runs the job. The
 * database decides, so this holds for one node or many, across restarts, with no cluster engine.
 * (WildFly's distributed timers would need the HA profile on every deployment, single node too.)
 * A run whose work fails or rolls back keeps its claim: the jobs catch up on what is due, so the
 * next period does it.
 */
@ApplicationScoped
public class ScheduledRuns {

    private static final Logger LOG = Logger.getLogger(ScheduledRuns.class.getName());

    /** This server's name in the runs it claims: WildFly's node name, which a cluster sets per node. */
    public static final String THIS_NODE = System.getProperty("jboss.node.name", "portal");

    @Inject
    RunClaims claims;

    Clock clock = Clock.systemUTC();

    /**
     * Runs the job if this node is the first to claim its period now, and records how it went.
     *
     * @param period the job's period: runs start at whole multiples of it since the epoch (an hour
     *        starts on the hour)
     * @param work the job, given the start of the period it runs for
     * @return the job's outcome, or empty when another run already claimed the period
     */
    public <T> Optional<T> once(String job, Duration period, Function<Instant, T> work) {
        Instant periodStart = startOfPeriod(clock.instant(), period);
        if (!claims.claim(job, periodStart)) {
            return Optional.empty();
        }
        try {
            T outcome = work.apply(periodStart);
            claims.finished(job, periodStart, String.valueOf(outcome));
            return Optional.of(outcome);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Scheduled job " + job + " failed: " + e.getMessage(), e);
            claims.finished(job, periodStart, "failed: " + e);
            throw e;
        }
    }

    static Instant startOfPeriod(Instant now, Duration period) {
        long millis = period.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), millis) * millis);
    }
}

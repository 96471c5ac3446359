package org.euc.portal.common.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.euc.portal.testsupport.incontainer.InContainerTest;
import org.euc.portal.testsupport.incontainer.PortalCopy;
import org.euc.portal.testsupport.incontainer.Records;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * A scheduled job runs once per period however many timers fire for it at once, as the timers of
 * every node of a cluster do: the database lets one claim the period. Each test uses a job name of
 * its own, so the portal's real timers never meet it.
 */
@InContainerTest
class ScheduledRunsInContainerIT {

    private static final int NODES_FIRING_AT_ONCE = 8;

    @Deployment
    static WebArchive portal() {
        return PortalCopy.with(ScheduledRunsInContainerIT.class);
    }

    @Inject
    ScheduledRuns runs;

    @Inject
    Records records;

    @Test
    void timersFiringTogetherRunTheJobOnceAndTheNextFiringInThePeriodNotAtAll() throws Exception {
        String job = "test-" + UUID.randomUUID();
        AtomicInteger ran = new AtomicInteger();
        CyclicBarrier together = new CyclicBarrier(NODES_FIRING_AT_ONCE);
        ExecutorService timers = Executors.newFixedThreadPool(NODES_FIRING_AT_ONCE);
        List<Future<Optional<String>>> firings = new ArrayList<>();
        try {
            for (int i = 0; i < NODES_FIRING_AT_ONCE; i++) {
                firings.add(timers.submit(() -> {
                    together.await(1, TimeUnit.MINUTES);
                    return runs.once(job, Duration.ofHours(1), period -> "run " + ran.incrementAndGet());
                }));
            }
            long outcomes = 0;
            for (Future<Optional<String>> firing : firings) {
                outcomes += firing.get(1, TimeUnit.MINUTES).isPresent() ? 1 : 0;
            }
            assertEquals(1, outcomes, "one firing ran the job, the others found the period claimed");
        } finally {
            timers.shutdownNow();
        }

        assertEquals(1, ran.get());
        assertEquals(Optional.empty(), runs.once(job, Duration.ofHours(1), period -> ran.incrementAndGet()), "same period");
        assertEquals(1, ran.get());
        assertEquals("run 1", records.valueOf(String.class, "SELECT string_agg(outcome, ' | ') FROM scheduled_run "
                + "WHERE job = ?1 AND finished_at IS NOT NULL", job), "one row, finished, with its outcome");
    }

    @Test
    void aRunThatFailsKeepsItsPeriodAndSaysWhy() {
        String job = "test-" + UUID.randomUUID();
        IllegalStateException failure = new IllegalStateException("the database went away");

        assertSame(failure, assertThrows(IllegalStateException.class,
                () -> runs.once(job, Duration.ofHours(1), period -> {
                    throw failure;
                })));

        assertEquals(Optional.empty(), runs.once(job, Duration.ofHours(1), period -> "again"), "not again this period");
        String outcome = records.valueOf(String.class, "SELECT outcome FROM scheduled_run WHERE job = ?1", job);
        assertTrue(outcome.startsWith("failed: ") && outcome.contains("the database went away"), outcome);
    }
}

package org.euc.portal.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.euc.portal.testsupport.ApiClient;
import org.euc.portal.testsupport.DemoUser;
import org.euc.portal.testsupport.Eventually;
import org.euc.portal.testsupport.IntegrationTest;
import org.euc.portal.testsupport.TestStack;
import org.junit.jupiter.api.Test;

/**
 * Both nodes keep the review jobs' timer, and in the cluster run it fires on both at the same
 * second of every minute ({@code EUC_REVIEW_JOBS_INTERVAL_MINUTES=1}, set by the Failsafe
 * execution). Every minute the jobs run on one node only, one audit event per run, with no minute
 * left out; and so again after a node was killed and started again.
 */
@IntegrationTest
class ScheduledJobsClusterIT {

    private static final Duration PERIOD = Duration.ofMinutes(1);
    /** The audit detail of a run starts with the period it ran for. */
    private static final Pattern PERIOD_OF_RUN = Pattern.compile("^Period from (\\S+) on (\\S+):");

    private final ApiClient auditor = ApiClient.as(DemoUser.AUDITOR_ONE);

    @Test
    void theReviewJobsRunOncePerPeriodOnTheClusterAndAgainOnceAfterANodeRestarts() {
        assumeTrue(TestStack.nodes() > 1, "needs the cluster run (failsafe execution cluster-integration-tests)");
        Instant bothUp = Instant.now();
        awaitRunOfAPeriodAfter(bothUp);
        assertOneRunPerPeriodWithNoneLeftOutSince(bothUp);

        TestStack.killNode(1);
        TestStack.startNode(1);
        Instant restarted = Instant.now();
        awaitRunOfAPeriodAfter(restarted);
        assertOneRunPerPeriodWithNoneLeftOutSince(bothUp);
    }

    /** Waits for the run of the first period that starts after the moment (at most two periods). */
    private void awaitRunOfAPeriodAfter(Instant moment) {
        Map<Instant, List<String>> runs = Eventually.await(this::runsByPeriod,
                byPeriod -> byPeriod.keySet().stream().anyMatch(period -> period.isAfter(moment)),
                PERIOD.multipliedBy(2).plusSeconds(30));
        assertTrue(runs.keySet().stream().anyMatch(period -> period.isAfter(moment)),
                "no run of the review jobs for a period after " + moment + ": " + runs);
    }

    private void assertOneRunPerPeriodWithNoneLeftOutSince(Instant since) {
        Map<Instant, List<String>> runs = runsByPeriod();
        runs.forEach((period, nodes) -> assertEquals(1, nodes.size(),
                "the period from " + period + " ran once, not on " + nodes + " (all runs: " + runs + ")"));
        List<Instant> periods = runs.keySet().stream().filter(period -> !period.plus(PERIOD).isBefore(since)).toList();
        for (int i = 1; i < periods.size(); i++) {
            assertEquals(periods.get(i - 1).plus(PERIOD), periods.get(i), "no period left out: " + runs);
        }
        System.out.println("Review jobs ran once per minute: " + runs);
    }

    /** The audit log's runs of the review jobs: the nodes that ran each period. */
    private Map<Instant, List<String>> runsByPeriod() {
        return auditor.get("/api/v1/audit-log/events?action=REVIEW_JOBS_RUN&max=200").json().getJsonArray("events")
                .getValuesAs(JsonObject.class).stream()
                .map(event -> PERIOD_OF_RUN.matcher(event.getString("details")))
                .filter(Matcher::find)
                .collect(Collectors.groupingBy(run -> Instant.parse(run.group(1)), TreeMap::new,
                        Collectors.mapping(run -> run.group(2), Collectors.toList())));
    }
}

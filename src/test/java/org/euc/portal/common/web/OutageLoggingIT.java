package org.euc.portal.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.euc.portal.testsupport.ApiClient;
import org.euc.portal.testsupport.DatabaseOutage;
import org.euc.portal.testsupport.DemoUser;
import org.euc.portal.testsupport.Eventually;
import org.euc.portal.testsupport.IntegrationTest;
import org.euc.portal.testsupport.PortalSession;
import org.junit.jupiter.api.Test;

/**
 * A database outage under load must not flood the disk: every failed request leaves one line with
 * its error reference, and a full stack trace is written once per distinct cause, not once per
 * request and layer (Hibernate, the connection pool, Undertow, Faces).
 */
@IntegrationTest
class OutageLoggingIT {

    private static final Path SERVER_LOG = Path.of("target/server/standalone/log/server.log");
    private static final int CLIENTS = 4;
    private static final int REQUESTS_PER_CLIENT = 40;
    /** A generous line per failed request, and room for a handful of full traces. */
    private static final long LOG_BUDGET = CLIENTS * REQUESTS_PER_CLIENT * 600L + 120_000;
    private static final Pattern REFERENCE = Pattern.compile("reference ([0-9A-F]{8})");

    @Test
    void failedRequestsLogOneLineEachAndEachCauseOnce() throws Exception {
        PortalSession reviewer = PortalSession.login(DemoUser.REVIEWER_ONE);
        ApiClient api = ApiClient.as(DemoUser.REVIEWER_ONE);
        long before = Files.size(SERVER_LOG);
        List<String> references = new ArrayList<>();
        try (DatabaseOutage outage = DatabaseOutage.begin()) {
            Eventually.await(() -> api.get("/api/v1/review/cases").status(), status -> status == 500, Duration.ofSeconds(30));

            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            try {
                List<Future<List<String>>> answers = new ArrayList<>();
                for (int client = 0; client < CLIENTS; client++) {
                    boolean pages = client % 2 == 0;
                    answers.add(clients.submit(() -> failedRequests(pages, reviewer, api)));
                }
                for (Future<List<String>> answer : answers) {
                    references.addAll(answer.get());
                }
            } finally {
                clients.shutdown();
            }
        }
        Eventually.await(() -> api.get("/api/v1/review/cases").status(), status -> status == 200, Duration.ofSeconds(30));

        byte[] log = Files.readAllBytes(SERVER_LOG);
        long growth = log.length - before;
        String logged = new String(log, (int) before, (int) growth, StandardCharsets.UTF_8);
        assertTrue(growth < LOG_BUDGET, "the log grew by " + growth + " bytes for " + CLIENTS * REQUESTS_PER_CLIENT
                + " failed requests (budget " + LOG_BUDGET + ")");
        assertEquals(CLIENTS / 2 * REQUESTS_PER_CLIENT, references.size(), "every failed API call quotes a reference");
        for (String reference : references) {
            assertTrue(logged.contains("reference " + reference), "the log names reference " + reference);
        }
    }

    /** The requests of one client during the outage: pages or API calls; the references the API answers quote. */
    private static List<String> failedRequests(boolean pages, PortalSession session, ApiClient api) {
        List<String> references = new ArrayList<>();
        for (int request = 0; request < REQUESTS_PER_CLIENT; request++) {
            if (pages) {
                assertEquals(500, session.get("/review/").status());
            } else {
                ApiClient.Reply reply = api.get("/api/v1/review/cases");
                assertEquals(500, reply.status());
                Matcher reference = REFERENCE.matcher(reply.body());
                assertTrue(reference.find(), reply.body());
                references.add(reference.group(1));
            }
        }
        return references;
    }
}

package org.euc.portal.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.euc.portal.testsupport.ApiClient;
import org.euc.portal.testsupport.DemoUser;
import org.euc.portal.testsupport.Eventually;
import org.euc.portal.testsupport.IntegrationTest;
import org.euc.portal.testsupport.SignatoryFixture;
import org.euc.portal.testsupport.Signing;
import org.euc.portal.testsupport.TestStack;
import org.junit.jupiter.api.Test;

/**
 * A rolling restart under load: while ten importers' case systems keep drafting certificates and
 * reading them back through the balancer, each node in turn is restarted as an operator does it:
 * taken out of the balancer's rotation, stopped gracefully (SIGTERM), started again and put back. No
 * request fails beyond the ones in flight on the stopping node, which the client retries, and no
 * write is lost: every draft acknowledged with a 201 is there afterwards, through
 * each node's API and in the database, as many rows as acknowledgements.
 */
@IntegrationTest
class RollingRestartClusterIT {

    private static final String DRAFTS = "/api/v1/agency/certificates";
    private static final int VIRTUAL_USERS = 10;
    /**
     * Several virtual users share an importer, as several clerks share their agency's case system.
     * (Cascadia's importer is not among them: its country is delisted in the demo data, so the
     * portal rightly refuses its drafts.)
     */
    private static final List<DemoUser> IMPORTERS = List.of(DemoUser.IMPORTER_ARCADIA, DemoUser.IMPORTER_BOREALIA);
    /** Drafts acknowledged before the first restart, between restarts and after the last: the load surely runs then. */
    private static final int WRITES_BETWEEN_RESTARTS = 20;
    private static final Duration WRITES_WAIT = Duration.ofSeconds(60);

    @Test
    void tenImportersLoseNoRequestAndNoDraftWhileEachNodeIsRestartedInTurn() throws Exception {
        assumeTrue(TestStack.nodes() > 1, "needs the cluster run (failsafe execution cluster-integration-tests)");
        // every draft of this run carries its own marker as export licence reference, so the database can say
        // which rows this run wrote, and whether a retried request wrote one twice
        String run = "RR-" + Long.toString(System.currentTimeMillis(), 36);
        DraftingLoad load = DraftingLoad.start(run);
        try {
            awaitMoreWrites(load, "before the first restart");
            for (int node = 1; node <= TestStack.nodes(); node++) {
                load.duringRestartOf(node, TestStack::restartNode);
                awaitMoreWrites(load, "after node" + node + " came back");
            }
        } finally {
            load.stop();
        }

        List<AcknowledgedDraft> acknowledged = load.acknowledged();
        Map<String, String> runRowsInDatabase = draftsInDatabase(run);
        long acknowledgedRowsInDatabase = rowsInDatabase(acknowledged);
        List<String> lost = acknowledged.stream()
                .filter(draft -> !draft.marker().equals(runRowsInDatabase.get(draft.reference())))
                .map(AcknowledgedDraft::reference).toList();
        List<String> unreadable = unreadableThroughEachNode(acknowledged);
        Set<String> acknowledgedReferences = acknowledged.stream().map(AcknowledgedDraft::reference)
                .collect(Collectors.toSet());
        Map<String, String> unacknowledgedRows = runRowsInDatabase.entrySet().stream()
                .filter(row -> !acknowledgedReferences.contains(row.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        // a retried POST whose first send was committed but not answered leaves a second row; nothing else may
        List<String> unexplainedRows = unacknowledgedRows.entrySet().stream()
                .filter(row -> !load.writesOfUncertainOutcome().contains(row.getValue()))
                .map(Map.Entry::getKey).toList();

        System.out.printf("rolling restart: %d requests, %d writes, %d retried in flight %s, %d failed, %d lost; "
                        + "writes while each node restarted %s; %d extra rows left by retried writes%n",
                load.requests(), acknowledged.size(), load.retries(), load.retriesByCause(), load.failures().size(),
                lost.size(), load.writesDuringEachRestart(), unacknowledgedRows.size() - unexplainedRows.size());

        assertTrue(load.failures().isEmpty(), load.failures().size() + " requests failed even when retried, e.g. "
                + load.failures().stream().limit(20).toList());
        assertTrue(lost.isEmpty(), "acknowledged drafts missing from the database, or not as written: " + lost);
        assertEquals(acknowledged.size(), acknowledgedRowsInDatabase, "as many rows as acknowledged drafts");
        assertTrue(unreadable.isEmpty(), "acknowledged drafts a node does not serve: " + unreadable);
        for (int node = 1; node <= TestStack.nodes(); node++) {
            assertTrue(load.writesDuringRestartOf(node) > 0, "no draft acknowledged while node" + node + " restarted: "
                    + "the load did not run through that restart");
        }
        assertTrue(unexplainedRows.isEmpty(), "drafts of this run in the database that no acknowledged or retried "
                + "request explains: " + unexplainedRows);
    }

    /** Waits until the load has had some more drafts acknowledged, so that it surely runs at this point. */
    private static void awaitMoreWrites(DraftingLoad load, String when) {
        long target = load.acknowledgedCount() + WRITES_BETWEEN_RESTARTS;
        long reached = Eventually.await(load::acknowledgedCount, count -> count >= target, WRITES_WAIT);
        assertTrue(reached >= target, "only " + reached + " drafts acknowledged " + when + ", expected " + target
                + "; failures: " + load.failures().stream().limit(20).toList());
    }

    /** Every draft of this run in the database, by reference, with the marker it was written with. */
    private static Map<String, String> draftsInDatabase(String run) throws SQLException {
        Map<String, String> markers = new HashMap<>();
        try (Connection connection = TestStack.database().connect();
                PreparedStatement query = connection.prepareStatement("SELECT c.reference, r.export_licence_reference "
                        + "FROM certificate c JOIN certificate_revision r ON r.certificate_id = c.id "
                        + "WHERE r.number = 1 AND r.export_licence_reference LIKE ?")) {
            query.setString(1, run + "-%");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    markers.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return markers;
    }

    /** How many certificate rows carry one of the acknowledged references. */
    private static long rowsInDatabase(List<AcknowledgedDraft> acknowledged) throws SQLException {
        try (Connection connection = TestStack.database().connect();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT count(*) FROM certificate WHERE reference = ANY (?)")) {
            Array references = connection.createArrayOf("varchar",
                    acknowledged.stream().map(AcknowledgedDraft::reference).toArray(String[]::new));
            query.setArray(1, references);
            try (ResultSet count = query.executeQuery()) {
                count.next();
                return count.getLong(1);
            }
        }
    }

    /**
     * Reads every acknowledged draft back through the API, its importer asking each node in turn directly:
     * both nodes, restarted, serve what either of them acknowledged. Returns what did not read back.
     */
    private static List<String> unreadableThroughEachNode(List<AcknowledgedDraft> acknowledged)
            throws InterruptedException, ExecutionException {
        Map<DemoUser, ApiClient> importers = new HashMap<>(); // fresh tokens, taken one after the other
        IMPORTERS.forEach(importer -> importers.put(importer, ApiClient.as(importer)));
        ExecutorService readers = Executors.newFixedThreadPool(VIRTUAL_USERS);
        try {
            List<Future<List<String>>> shares = new ArrayList<>();
            for (int share = 0; share < VIRTUAL_USERS; share++) {
                int first = share;
                shares.add(readers.submit(() -> IntStream
                        .iterate(first, i -> i < acknowledged.size(), i -> i + VIRTUAL_USERS)
                        .mapToObj(i -> readBackProblem(acknowledged.get(i), importers, 1 + i % TestStack.nodes()))
                        .filter(problem -> problem != null).toList()));
            }
            List<String> unreadable = new ArrayList<>();
            for (Future<List<String>> share : shares) {
                unreadable.addAll(share.get());
            }
            return unreadable;
        } finally {
            readers.shutdownNow();
        }
    }

    /** Why a draft did not read back through one node, or null when it did. */
    private static String readBackProblem(AcknowledgedDraft draft, Map<DemoUser, ApiClient> importers, int node) {
        ApiClient.Reply reply = importers.get(draft.importer()).onNode(node).get(DRAFTS + "/" + draft.reference());
        if (reply.status() == 200 && draft.reference().equals(reply.json().getString("reference"))
                && "DRAFT".equals(reply.json().getString("status"))) {
            return null;
        }
        return draft.reference() + " on node" + node + ": HTTP " + reply.status();
    }

    /** A draft the portal acknowledged with a 201: its reference, the marker it was written with, whose it is. */
    private record AcknowledgedDraft(String reference, String marker, DemoUser importer) {
    }

    /** What the client made of one request: the answer it settled for (none when it gave up), after how many sends. */
    private record Sent(ApiClient.Reply reply, int sends, String lastProblem) {
    }

    /**
     * Ten virtual users, each an importer's case system through the balancer: draft a certificate,
     * read it back, and again after {@link #THINK_TIME}, until stopped. (Without a pause the ten keep
     * both cores of a small machine busy, and a restarting node takes minutes to boot.) A request that got no answer, or a gateway's
     * 502/503/504 (a node stopping or starting), is sent again a bounded number of times and counted as
     * retried; one that still fails, or gets any other unexpected answer, counts as failed.
     */
    private static final class DraftingLoad {

        private static final int SENDS_PER_REQUEST = 4;
        private static final Duration THINK_TIME = Duration.ofMillis(500);
        private static final Set<Integer> RETRIED_STATUSES = Set.of(502, 503, 504);

        private final String run;
        private final ScheduledExecutorService users = Executors.newScheduledThreadPool(VIRTUAL_USERS);
        private final Map<DemoUser, ApiClient> clients = new HashMap<>();
        private final long started = System.nanoTime();

        private final AtomicLong requests = new AtomicLong();
        private final AtomicLong retries = new AtomicLong();
        private final Map<String, AtomicLong> retriesByCause = new ConcurrentHashMap<>();
        private final Queue<String> failures = new ConcurrentLinkedQueue<>();
        private final Queue<AcknowledgedDraft> acknowledged = new ConcurrentLinkedQueue<>();
        private final AtomicLong acknowledgedCount = new AtomicLong();
        /** Markers of drafts sent more than once or never acknowledged: only these may leave an unacknowledged row. */
        private final Set<String> writesOfUncertainOutcome = ConcurrentHashMap.newKeySet();
        /** The node being restarted, 0 while none is. */
        private volatile int restarting;
        private final AtomicLongArray writesDuringRestart = new AtomicLongArray(TestStack.nodes() + 1);

        private DraftingLoad(String run) {
            this.run = run;
        }

        static DraftingLoad start(String run) {
            DraftingLoad load = new DraftingLoad(run);
            // one token per importer, taken one after the other, shared by its virtual users: the realm's
            // brute-force protection locks an account that logs in many times in the same second. The
            // tokens live five minutes, longer than the load runs.
            Map<DemoUser, Long> signatories = new HashMap<>();
            IMPORTERS.forEach(importer -> {
                ApiClient client = ApiClient.as(importer);
                load.clients.put(importer, client);
                signatories.put(importer, demoSignatoryId(importer, client));
            });
            for (int user = 1; user <= VIRTUAL_USERS; user++) {
                DemoUser importer = IMPORTERS.get((user - 1) % IMPORTERS.size());
                int number = user;
                AtomicLong rounds = new AtomicLong();
                load.users.scheduleWithFixedDelay(() -> load.round(number, rounds.incrementAndGet(), importer,
                        signatories.get(importer)), 0, THINK_TIME.toMillis(), TimeUnit.MILLISECONDS);
            }
            return load;
        }

        /** Restarts a node, counting what the load had acknowledged meanwhile. */
        void duringRestartOf(int node, IntConsumer restart) {
            restarting = node;
            try {
                restart.accept(node);
            } finally {
                restarting = 0;
            }
        }

        /** Starts no more rounds and waits for those under way. */
        void stop() throws InterruptedException {
            users.shutdown(); // a periodic round is not run again after shutdown
            assertTrue(users.awaitTermination(3, TimeUnit.MINUTES), "the virtual users did not stop");
        }

        private void round(int user, long round, DemoUser importer, long signatoryId) {
            String marker = run + "-" + user + "-" + round;
            try {
                draftAndReadBack(clients.get(importer), importer, marker, signatoryId);
            } catch (RuntimeException | AssertionError e) {
                // recorded, not thrown: a periodic task that throws is never run again
                writesOfUncertainOutcome.add(marker);
                fail(marker, e.toString());
            }
        }

        private void draftAndReadBack(ApiClient client, DemoUser importer, String marker, long signatoryId) {
            String body = draft(marker, signatoryId);
            Sent created = send(() -> client.post(DRAFTS, body));
            if (created.sends() > 1 || created.reply() == null || created.reply().status() != 201) {
                writesOfUncertainOutcome.add(marker);
            }
            if (created.reply() == null || created.reply().status() != 201) {
                fail("POST draft " + marker, answer(created));
                return;
            }
            String reference = created.reply().json().getString("reference");
            acknowledged.add(new AcknowledgedDraft(reference, marker, importer));
            acknowledgedCount.incrementAndGet();
            int node = restarting;
            if (node > 0) {
                writesDuringRestart.incrementAndGet(node);
            }

            Sent read = send(() -> client.get(DRAFTS + "/" + reference));
            if (read.reply() == null || read.reply().status() != 200
                    || !reference.equals(read.reply().json().getString("reference"))) {
                fail("GET draft " + reference, answer(read));
            }
        }

        /** Sends a request, again on no answer or a gateway's 502/503/504: {@link #SENDS_PER_REQUEST} sends at most. */
        private Sent send(Supplier<ApiClient.Reply> request) {
            requests.incrementAndGet();
            String problem = null;
            for (int sends = 1; sends <= SENDS_PER_REQUEST; sends++) {
                if (problem != null) {
                    retries.incrementAndGet();
                    retriesByCause.computeIfAbsent(problem, cause -> new AtomicLong()).incrementAndGet();
                }
                try {
                    ApiClient.Reply reply = request.get();
                    if (!RETRIED_STATUSES.contains(reply.status())) {
                        return new Sent(reply, sends, problem);
                    }
                    problem = "HTTP " + reply.status();
                } catch (ApiClient.PortalUnreachable e) {
                    problem = "no answer (" + e.getCause().getClass().getSimpleName() + ")";
                }
            }
            return new Sent(null, SENDS_PER_REQUEST, problem);
        }

        private void fail(String request, String what) {
            int node = restarting;
            failures.add(String.format("%s at %.1f s%s: %s", request, (System.nanoTime() - started) / 1e9,
                    node > 0 ? " (node" + node + " restarting)" : "", what));
        }

        private static String answer(Sent sent) {
            if (sent.reply() == null) {
                return "gave up after " + sent.sends() + " sends, last " + sent.lastProblem();
            }
            String body = sent.reply().body();
            return "HTTP " + sent.reply().status() + " " + (body.length() > 200 ? body.substring(0, 200) + "…" : body);
        }

        /** A new draft's details, with the run's marker as export licence reference. */
        private static String draft(String marker, long signatoryId) {
            return Json.createObjectBuilder()
                    .add("exporterCompany", "Rolling Restart Exporter Ltd")
                    .add("exportLicenceReference", marker)
                    .add("systemName", "Rolling restart load")
                    .add("systemCategory", "MOBILE_FORENSICS")
                    .add("installations", 1).add("sites", 1)
                    .add("validFrom", LocalDate.now().plusDays(1).toString())
                    .add("validUntil", LocalDate.now().plusYears(1).toString())
                    .add("signatoryId", signatoryId).build().toString();
        }

        /** The id under which the agency's list names its demo signatory. */
        private static long demoSignatoryId(DemoUser importer, ApiClient client) {
            String fingerprint = SignatoryFixture.fingerprintOf(Signing.demoSignatoryOf(importer.agency()));
            ApiClient.Reply signatories = client.get("/api/v1/agency/signatories");
            assertEquals(200, signatories.status(), signatories.body());
            return signatories.jsonArray().stream().map(JsonValue::asJsonObject)
                    .filter(signatory -> signatory.getString("fingerprint").equals(fingerprint))
                    .map(signatory -> signatory.getJsonNumber("id").longValue())
                    .findFirst().orElseThrow(() -> new AssertionError("no demo signatory of " + importer.agency()));
        }

        long requests() {
            return requests.get();
        }

        long retries() {
            return retries.get();
        }

        Map<String, Long> retriesByCause() {
            Map<String, Long> causes = new TreeMap<>();
            retriesByCause.forEach((cause, count) -> causes.put(cause, count.get()));
            return causes;
        }

        List<String> failures() {
            return List.copyOf(failures);
        }

        long acknowledgedCount() {
            return acknowledgedCount.get();
        }

        List<AcknowledgedDraft> acknowledged() {
            return List.copyOf(acknowledged);
        }

        Set<String> writesOfUncertainOutcome() {
            return writesOfUncertainOutcome;
        }

        long writesDuringRestartOf(int node) {
            return writesDuringRestart.get(node);
        }

        Map<String, Long> writesDuringEachRestart() {
            Map<String, Long> writes = new TreeMap<>();
            for (int node = 1; node < writesDuringRestart.length(); node++) {
                writes.put("node" + node, writesDuringRestart.get(node));
            }
            return writes;
        }
    }
}

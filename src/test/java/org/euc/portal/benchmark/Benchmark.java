package org.euc.portal.benchmark;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.euc.portal.benchmark.scale.ScaleRun;
import org.euc.portal.benchmark.scale.ScaleSettings;
import org.euc.portal.localstack.LocalStack;
import org.euc.portal.testsupport.ApiClient;
import org.euc.portal.testsupport.DemoUser;
import org.euc.portal.testsupport.KeycloakTokens;
import org.euc.portal.testsupport.PortalSession;
import org.euc.portal.testsupport.TestStack;

/**
 * The benchmark command ({@code ./mvnw -Pbenchmark}, against a stack the run command started):
 * logs each role in through Keycloak, drives every main page and the main API calls at a number of
 * concurrent users for a fixed time each, beside a bare JSF page deployed in the same WildFly as
 * the floor, then measures chain verification against a raw read of the same rows and the stack's
 * memory. Prints the table and writes it to {@code target/benchmark/}. A benchmark, not a test:
 * nothing here passes or fails on a figure.
 *
 * <p>With {@code -Deuc.scale.certificates=100k} (k and M understood) it first adds that many
 * certificates to the portal's database ({@link ScaleRun}: COPY, valid chains, verified by the portal
 * afterwards); {@code -Deuc.benchmark.seconds=0} then stops after generating. Other settings:
 * {@code euc.benchmark.users} (20), {@code euc.benchmark.warmUpSeconds} (5), {@code euc.benchmark.only}
 * (a part of a row's name, to measure one page, e.g. while profiling it).
 */
public final class Benchmark {

    private static final int USERS = Integer.getInteger("euc.benchmark.users", 20);
    private static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("euc.benchmark.warmUpSeconds", 5));
    private static final Duration MEASURED = Duration.ofSeconds(Integer.getInteger("euc.benchmark.seconds", 20));
    /** Only the targets whose name contains this (e.g. "case page"), for profiling one page; the floor always runs. */
    private static final String ONLY = System.getProperty("euc.benchmark.only", "");

    private final Map<DemoUser, List<PortalSession>> sessions = new EnumMap<>(DemoUser.class);
    private final List<LoadRun.Result> results = new ArrayList<>();

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        TestStack.attach(LocalStack.attachToRunning());
        if (System.getProperty("euc.scale.certificates") != null) {
            boolean intact = new ScaleRun(ScaleSettings.fromSystemProperties(), System.out).run();
            if (!intact) {
                throw new IllegalStateException("the generated chains do not verify: nothing measured");
            }
        }
        if (!MEASURED.isZero()) {
            new Benchmark().run();
        }
    }

    private void run() throws SQLException, IOException {
        Size size;
        String ledgerCertificate;
        String queuedCase;
        try (Connection connection = TestStack.database().connect()) {
            size = Size.of(connection);
            ledgerCertificate = single(connection, "SELECT c.reference FROM certificate c JOIN agency a ON a.id = c.agency_id"
                    + " WHERE a.code = 'ARC-NPA' AND c.status = 'APPROVED' ORDER BY (SELECT max(position) FROM ledger_entry l"
                    + " WHERE l.certificate_id = c.id) DESC NULLS LAST LIMIT 1");
            queuedCase = single(connection, "SELECT reference FROM certificate WHERE status IN ('SUBMITTED', 'UNDER_REVIEW')"
                    + " ORDER BY updated_at DESC LIMIT 1");
        }
        if (ledgerCertificate == null || queuedCase == null) {
            throw new IllegalStateException("the benchmark needs the demo world: an approved Arcadian certificate and a case"
                    + " in the queue (start the run command on empty data, or run the scale generator)");
        }
        System.out.printf("Benchmark: %d users, %d s per target after %d s of warm-up; %s%n", USERS,
                MEASURED.toSeconds(), WARM_UP.toSeconds(), size);
        FloorPage.deploy();
        try {
            measure("floor page (bare JSF, same server)", anonymousUsers(FloorPage.PATH));
            page("importer list", DemoUser.IMPORTER_ARCADIA, "/importer/");
            page("certificate page", DemoUser.IMPORTER_ARCADIA, "/importer/certificate.xhtml?ref=" + ledgerCertificate);
            page("ledger page", DemoUser.IMPORTER_ARCADIA, "/importer/ledger.xhtml?ref=" + ledgerCertificate);
            page("review queue", DemoUser.REVIEWER_ONE, "/review/");
            page("case page", DemoUser.REVIEWER_ONE, "/review/case.xhtml?ref=" + queuedCase);
            page("ledger browser", DemoUser.AUDITOR_ONE, "/audit/ledger.xhtml");
            page("audit log", DemoUser.AUDITOR_ONE, "/reports/audit-log.xhtml");
            page("dashboard", DemoUser.AUDITOR_ONE, "/reports/dashboard.xhtml");
            page("countries", DemoUser.ADMIN_ONE, "/admin/countries.xhtml");
            api("API: review queue, 50 cases", DemoUser.REVIEWER_ONE, "/api/v1/review/cases?max=50");
            api("API: a ledger's first 50 entries", DemoUser.IMPORTER_ARCADIA,
                    "/api/v1/certificates/" + ledgerCertificate + "/authorizations?max=50");
            if ("API: public health summary".contains(ONLY)) {
                measure("API: public health summary", anonymousUsers("/api/v1/health"));
            }
        } finally {
            FloorPage.undeploy();
        }
        if (!ONLY.isEmpty()) {
            return; // profiling one page: the chains and the memory are measured by full runs only
        }
        List<ChainThroughput.Result> chains = ChainThroughput.measure();
        String report = Report.of(size, USERS, MEASURED, results, chains, StackMemory.ofRunningStack());
        System.out.println(report);
        Path folder = Path.of(System.getProperty("euc.project.dir", ".")).resolve("target/benchmark");
        Files.createDirectories(folder);
        Path file = folder.resolve("benchmark-" + OffsetDateTime.now(ZoneOffset.UTC)
                .format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)) + ".md");
        Files.writeString(file, report);
        System.out.println("Written to " + file);
    }

    private void page(String name, DemoUser user, String path) {
        if (!name.contains(ONLY)) {
            return;
        }
        List<PortalSession> signedIn = sessions.computeIfAbsent(user,
                u -> IntStream.range(0, USERS).mapToObj(i -> PortalSession.login(u)).toList());
        measure(name, signedIn.stream().<LoadRun.VirtualUser>map(session -> () -> session.fetch(path)).toList());
    }

    private void api(String name, DemoUser user, String path) {
        if (!name.contains(ONLY)) {
            return;
        }
        ApiClient client = ApiClient.withToken(KeycloakTokens.accessTokenOf(user)); // fresh: tokens live minutes
        measure(name, IntStream.range(0, USERS).<LoadRun.VirtualUser>mapToObj(i -> () -> client.get(path).status())
                .toList());
    }

    /** Virtual users without a login, each with its own cookies (a JSF page keeps its views in a session). */
    private static List<LoadRun.VirtualUser> anonymousUsers(String path) {
        URI address = URI.create(TestStack.url(path));
        return IntStream.range(0, USERS).<LoadRun.VirtualUser>mapToObj(i -> {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .cookieHandler(new CookieManager()).build();
            return () -> send(http, address);
        }).toList();
    }

    private static int send(HttpClient http, URI address) {
        try {
            return http.send(HttpRequest.newBuilder(address).GET().build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void measure(String name, List<LoadRun.VirtualUser> users) {
        LoadRun.Result result = LoadRun.measure(name, users, WARM_UP, MEASURED);
        System.out.printf(Locale.ROOT, "  %-40s p50 %8.1f ms  p95 %8.1f ms  p99 %8.1f ms  %7.1f req/s  %d failed%n",
                name, result.p50(), result.p95(), result.p99(), result.perSecond(), result.failures());
        results.add(result);
    }

    private static String single(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
            return result.next() ? result.getString(1) : null;
        }
    }

    /** How much data the portal holds while it is measured. */
    record Size(long certificates, long ledgerEntries, long auditEvents) {

        static Size of(Connection connection) throws SQLException {
            return new Size(count(connection, "certificate"), count(connection, "ledger_entry"),
                    count(connection, "audit_event"));
        }

        private static long count(Connection connection, String table) throws SQLException {
            return Long.parseLong(single(connection, "SELECT count(*) FROM " + table));
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%,d certificates, %,d ledger entries, %,d audit events", certificates,
                    ledgerEntries, auditEvents);
        }
    }
}

package org.euc.portal.ledger;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.euc.portal.common.integrity.HashChain;
import org.euc.portal.ledger.domain.LedgerLink;

/**
 * Measures whole-ledger verification on a large ledger (a benchmark, not a test). Against a stack
 * started with {@code ./mvnw -Prun}: appends N correctly chained entries to one approved
 * certificate's ledger (as superuser, in batches), asks the portal to verify every ledger as an
 * auditor would, prints the figures, and removes the entries again.
 *
 * <pre>./mvnw -q test-compile org.codehaus.mojo:exec-maven-plugin:3.7.0:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.euc.portal.ledger.LedgerVerificationBenchmark -Dentries=1000000</pre>
 */
public final class LedgerVerificationBenchmark {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private LedgerVerificationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.getInteger("entries", 1_000_000);
        String url = System.getProperty("db", "jdbc:postgresql://localhost:15432/euc");
        try (Connection db = DriverManager.getConnection(url, "postgres", "postgres")) {
            long certificate = approvedCertificate(db);
            long inserted = System.nanoTime();
            int first = append(db, certificate, count);
            System.out.printf("appended %,d entries in %.1f s%n", count, (System.nanoTime() - inserted) / 1e9);
            try {
                for (int run = 1; run <= 3; run++) {
                    long started = System.nanoTime();
                    HttpResponse<String> reply = HTTP.send(HttpRequest.newBuilder(
                                    URI.create("http://localhost:8080/api/v1/ledgers/verifications"))
                            .header("Authorization", "Bearer " + auditorToken()).header("Content-Type", "application/json")
                            .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    System.out.printf("run %d: HTTP %d in %.2f s: %s%n", run, reply.statusCode(),
                            (System.nanoTime() - started) / 1e9, reply.body());
                }
            } finally {
                try (Statement statement = db.createStatement()) {
                    statement.execute("ALTER TABLE ledger_entry DISABLE TRIGGER ledger_entry_no_update_or_delete");
                    statement.execute("DELETE FROM ledger_entry WHERE certificate_id = " + certificate + " AND position >= " + first);
                    statement.execute("ALTER TABLE ledger_entry ENABLE TRIGGER ledger_entry_no_update_or_delete");
                }
            }
        }
    }

    private static long approvedCertificate(Connection db) throws Exception {
        try (Statement statement = db.createStatement();
                ResultSet row = statement.executeQuery("SELECT id FROM certificate WHERE status = 'APPROVED' ORDER BY id LIMIT 1")) {
            if (!row.next()) {
                throw new IllegalStateException("approve a certificate first (e.g. run the review journey)");
            }
            return row.getLong(1);
        }
    }

    /** Continues the certificate's chain with {@code count} entries; returns the first new position. */
    private static int append(Connection db, long certificate, int count) throws Exception {
        String previous = HashChain.GENESIS;
        int position = 1;
        try (Statement statement = db.createStatement();
                ResultSet last = statement.executeQuery("SELECT position, hash FROM ledger_entry WHERE certificate_id = "
                        + certificate + " ORDER BY position DESC LIMIT 1")) {
            if (last.next()) {
                position = last.getInt(1) + 1;
                previous = last.getString(2);
            }
        }
        int first = position;
        db.setAutoCommit(false);
        LocalDate day = LocalDate.now();
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO ledger_entry (certificate_id, position, entry_type, "
                + "order_reference, issuing_authority, kind, issued_on, valid_from, valid_until, used_from, used_until, "
                + "terrorist_act, targets, recorded_at, recorded_by, channel, previous_hash, hash) "
                + "VALUES (?, ?, 'RECORD', ?, 'Benchmark Court', 'JUDICIAL_ORDER', ?, ?, ?, ?, ?, 'WEAPONS', 1, ?, 'benchmark', 'API', ?, ?)")) {
            for (int i = 0; i < count; i++, position++) {
                Instant at = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i);
                LedgerLink link = new LedgerLink(certificate, position, "RECORD", null, null, "BENCH-" + position,
                        "Benchmark Court", "JUDICIAL_ORDER", null, day, day, day, day, day, "WEAPONS", null, 1, null, null,
                        at, "benchmark", "API", previous, null);
                String hash = HashChain.hashOf(previous, link);
                insert.setLong(1, certificate);
                insert.setInt(2, position);
                insert.setString(3, "BENCH-" + position);
                for (int d = 4; d <= 8; d++) {
                    insert.setObject(d, day);
                }
                insert.setTimestamp(9, Timestamp.from(at));
                insert.setString(10, previous);
                insert.setString(11, hash);
                insert.addBatch();
                previous = hash;
                if (i % 10_000 == 9_999) {
                    insert.executeBatch();
                    db.commit();
                }
            }
            insert.executeBatch();
            db.commit();
        }
        db.setAutoCommit(true);
        return first;
    }

    /** A real auditor token from the demo realm (password grant, demo credentials). */
    private static String auditorToken() throws Exception {
        String form = "grant_type=password&client_id=euc-portal&client_secret=euc-portal-demo-secret"
                + "&username=auditor.one&password=demo";
        HttpResponse<String> reply = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:8180/realms/euc/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return jakarta.json.Json.createReader(new java.io.StringReader(reply.body())).readObject().getString("access_token");
    }
}

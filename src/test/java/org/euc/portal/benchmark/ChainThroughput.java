package org.euc.portal.benchmark;

import java.io.OutputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.euc.portal.testsupport.ApiClient;
import org.euc.portal.testsupport.DemoUser;
import org.euc.portal.testsupport.TestStack;
import org.postgresql.PGConnection;

/**
 * How fast the portal verifies its hash chains, next to the fastest way to read the same rows at
 * all: PostgreSQL's {@code COPY ... TO STDOUT} of them, in the same order, to a client that drops
 * the bytes. Verification is asked for through the API an auditor uses and timed on this side.
 */
final class ChainThroughput {

    private static final int ROUNDS = 3;

    /** One chain measured: rows, the best of three rounds of each, and verification as a share of the raw read. */
    record Result(String chain, long rows, double verifyMillis, double copyMillis) {

        double verifiedPerSecond() {
            return rows / (verifyMillis / 1000);
        }

        double copiedPerSecond() {
            return rows / (copyMillis / 1000);
        }

        double shareOfRawScan() {
            return copyMillis / verifyMillis;
        }
    }

    private ChainThroughput() {
    }

    static List<Result> measure() throws SQLException {
        ApiClient auditor = ApiClient.as(DemoUser.AUDITOR_ONE);
        List<Result> results = new ArrayList<>();
        try (Connection connection = TestStack.database().connect()) {
            String longest = single(connection, "SELECT c.reference FROM certificate c JOIN (SELECT certificate_id, "
                    + "count(*) AS entries FROM ledger_entry GROUP BY certificate_id ORDER BY entries DESC LIMIT 1) l "
                    + "ON l.certificate_id = c.id");
            if (longest != null) {
                long id = Long.parseLong(single(connection, "SELECT id FROM certificate WHERE reference = '" + longest + "'"));
                results.add(measure(connection, "the longest ledger (" + longest + ")",
                        () -> expectIntact(auditor.post("/api/v1/ledgers/verifications",
                                "{\"certificate\":\"" + longest + "\"}")),
                        "SELECT * FROM ledger_entry WHERE certificate_id = " + id + " ORDER BY position"));
                results.add(measure(connection, "every ledger",
                        () -> expectIntact(auditor.post("/api/v1/ledgers/verifications", null)),
                        "SELECT * FROM ledger_entry ORDER BY certificate_id, position"));
            }
            results.add(measure(connection, "the audit log",
                    () -> expectIntact(auditor.post("/api/v1/audit-log/verifications", null)),
                    "SELECT * FROM audit_event ORDER BY id"));
        }
        return results;
    }

    private static Result measure(Connection connection, String chain, Runnable verification, String rows)
            throws SQLException {
        double verify = Double.MAX_VALUE;
        double copy = Double.MAX_VALUE;
        long copied = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            verification.run();
            verify = Math.min(verify, (System.nanoTime() - start) / 1e6);
            start = System.nanoTime();
            copied = copy(connection, rows);
            copy = Math.min(copy, (System.nanoTime() - start) / 1e6);
        }
        return new Result(chain, copied, verify, copy);
    }

    private static long copy(Connection connection, String query) throws SQLException {
        try {
            return connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyOut("COPY (" + query + ") TO STDOUT", OutputStream.nullOutputStream());
        } catch (java.io.IOException e) {
            throw new SQLException("COPY failed", e);
        }
    }

    private static void expectIntact(ApiClient.Reply reply) {
        if (reply.status() != 200 || !reply.json().getBoolean("intact")) {
            throw new IllegalStateException("the chain did not verify: " + reply.status() + " " + reply.body());
        }
    }

    private static String single(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
            return result.next() ? result.getString(1) : null;
        }
    }
}

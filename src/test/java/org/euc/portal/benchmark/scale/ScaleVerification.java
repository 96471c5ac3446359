package org.euc.portal.benchmark.scale;

import jakarta.json.JsonObject;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.euc.portal.testsupport.ApiClient;
import org.euc.portal.testsupport.DemoUser;

/**
 * Asks the portal itself whether the chains it now holds are intact, through the API an auditor
 * uses: the whole audit log, then every ledger or a sample (always with the large one). The
 * portal's verifiers walk the rows with its own hashing and check positions and checkpoints, so a
 * generator that wrote one byte wrong is caught by exactly what would catch a forger.
 */
final class ScaleVerification {

    private final ApiClient auditor = ApiClient.as(DemoUser.AUDITOR_ONE);
    private final PrintStream out;

    ScaleVerification(PrintStream out) {
        this.out = out;
    }

    /** @param sample certificates whose ledgers to verify; null for every ledger */
    boolean verify(Connection connection, long[] sample) throws SQLException {
        JsonObject auditLog = intactOrNull("/api/v1/audit-log/verifications", null);
        out.printf("  audit log: %s%n", auditLog == null ? "BROKEN" : auditLog.getJsonNumber("checkedRecords") + " events intact");
        boolean intact = auditLog != null;
        if (sample == null) {
            intact &= ledgers(null);
        } else {
            List<String> references = references(connection, sample);
            long broken = references.stream().filter(reference -> !ledgers(reference)).count();
            out.printf("  %d sampled ledgers (the large one among them): %s%n", references.size(),
                    broken == 0 ? "intact" : broken + " BROKEN");
            intact &= broken == 0;
        }
        return intact;
    }

    private boolean ledgers(String reference) {
        JsonObject verified = intactOrNull("/api/v1/ledgers/verifications",
                reference == null ? null : "{\"certificate\":\"" + reference + "\"}");
        if (reference == null || verified == null) {
            out.printf("  %s: %s%n", reference == null ? "every ledger" : "ledger of " + reference,
                    verified == null ? "BROKEN" : verified.getJsonNumber("entries") + " entries in "
                            + verified.getJsonNumber("chains") + " chains intact");
        }
        return verified != null;
    }

    /** The verification's report when the chain is intact; null (after printing why) when it is not. */
    private JsonObject intactOrNull(String path, String body) {
        ApiClient.Reply reply = auditor.post(path, body);
        if (reply.status() == 200 && reply.json().getBoolean("intact")) {
            return reply.json();
        }
        out.println("  " + path + " " + body + " answered " + reply.status() + ": " + reply.body());
        return null;
    }

    private static List<String> references(Connection connection, long[] ids) throws SQLException {
        List<String> references = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT reference FROM certificate WHERE id = ANY (?)")) {
            query.setArray(1, connection.createArrayOf("bigint", java.util.Arrays.stream(ids).boxed().toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    references.add(rows.getString(1));
                }
            }
        }
        return references;
    }
}

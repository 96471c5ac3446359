package org.euc.portal.common.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;
import org.euc.portal.common.integrity.HashChain;
import org.euc.portal.testsupport.ApiClient;
import org.euc.portal.testsupport.ApiClient.Reply;
import org.euc.portal.testsupport.Authorizations;
import org.euc.portal.testsupport.DemoUser;
import org.euc.portal.testsupport.ImporterApi;
import org.euc.portal.testsupport.IntegrationTest;
import org.euc.portal.testsupport.ReviewerApi;
import org.euc.portal.testsupport.TestStack;
import org.junit.jupiter.api.Test;

/**
 * Signed checkpoints against the real stack: published, exported, and contradicted by every kind
 * of rewrite a superuser can make behind the portal's back. Each test puts the rows it tampered
 * with back, so the chains verify again for the tests after it.
 */
@IntegrationTest
class CheckpointIT {

    private static final ApiClient AUDITOR = ApiClient.as(DemoUser.AUDITOR_ONE);
    private static final ImporterApi ARCADIA = ImporterApi.as(DemoUser.IMPORTER_ARCADIA);
    private static final String DECLARED_ACT = "KIDNAPPING_OR_HOSTAGE_TAKING";

    @Test
    void theLatestCheckpointIsPublicAndItsSealVerifiesWithTheMinistrysCertificateAlone() throws Exception {
        Reply recorded = AUDITOR.post("/api/v1/checkpoints", null);
        assertEquals(200, recorded.status(), recorded.body());

        JsonObject latest = ApiClient.anonymous().get("/api/v1/checkpoints/latest").json();

        assertEquals(recorded.json().getJsonNumber("sequence").longValue(), latest.getJsonNumber("sequence").longValue());
        String statement = latest.getString("statement");
        assertTrue(statement.contains("head: AUDIT_LOG 0 audit-log "), statement);
        assertEquals(HashChain.sha256Hex(statement.getBytes(StandardCharsets.UTF_8)), latest.getString("statementHash"));
        X509Certificate ministry = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(
                new ByteArrayInputStream(latest.getString("sealCertificate").getBytes(StandardCharsets.US_ASCII)));
        Signature signature = Signature.getInstance(latest.getString("algorithm"));
        signature.initVerify(ministry.getPublicKey());
        signature.update(statement.getBytes(StandardCharsets.UTF_8));
        assertTrue(signature.verify(Base64.getDecoder().decode(latest.getString("signature"))));
        assertTrue(ApiClient.anonymous().get("/openapi").body().contains("checkpoint"), "described in the OpenAPI document");
    }

    @Test
    void everyCheckpointIsExportedInOrderEachNamingItsPredecessor() {
        AUDITOR.post("/api/v1/checkpoints", null);
        record(ReviewerApi.approved(ARCADIA, DemoUser.REVIEWER_ONE, DemoUser.SENIOR_ONE));
        AUDITOR.post("/api/v1/checkpoints", null);

        Reply export = AUDITOR.get("/api/v1/checkpoints");

        assertEquals(200, export.status(), export.body());
        List<JsonObject> checkpoints = export.json().getJsonArray("checkpoints").getValuesAs(JsonObject.class);
        assertTrue(checkpoints.size() >= 2);
        String previous = HashChain.GENESIS;
        for (int i = 0; i < checkpoints.size(); i++) {
            assertEquals(i + 1, checkpoints.get(i).getInt("sequence"));
            assertEquals(previous, checkpoints.get(i).getString("previousHash"));
            previous = checkpoints.get(i).getString("statementHash");
        }
        assertTrue(export.json().getString("sealCertificate").startsWith("-----BEGIN CERTIFICATE-----"));
        assertEquals(403, ApiClient.as(DemoUser.IMPORTER_ARCADIA).get("/api/v1/checkpoints").status());
        assertEquals(401, ApiClient.anonymous().post("/api/v1/checkpoints", null).status());
    }

    @Test
    void aLedgerWhoseTailWasDeletedIsNamedAsCutShort() throws SQLException {
        String reference = ReviewerApi.approved(ARCADIA, DemoUser.REVIEWER_ONE, DemoUser.SENIOR_ONE);
        record(reference);
        record(reference);
        AUDITOR.post("/api/v1/checkpoints", null);

        try (SavedEntries saved = SavedEntries.remove(reference, 2)) {
            JsonObject link = firstBrokenLink(reference);

            assertEquals(2, link.getInt("position"));
            assertTrue(link.getString("problem").contains("cut short"), link.getString("problem"));
            assertTrue(link.getString("problem").contains("now ends at entry 1"), link.getString("problem"));
        }
        assertTrue(verify(reference).getBoolean("intact"), "the restored ledger matches its checkpoint again");
    }

    @Test
    void aLedgerRewrittenAndReHashedFromItsFirstEntryIsNamedAsRewritten() throws SQLException {
        String reference = ReviewerApi.approved(ARCADIA, DemoUser.REVIEWER_TWO, DemoUser.SENIOR_TWO);
        record(reference);
        AUDITOR.post("/api/v1/checkpoints", null);

        // the superuser removes the entry and has the portal itself write a different, correctly hashed one
        try (SavedEntries saved = SavedEntries.remove(reference, 1)) {
            record(reference);
            assertTrue(chainAloneIsSound(reference), "the hash chain by itself cannot tell");

            JsonObject link = firstBrokenLink(reference);

            assertEquals(1, link.getInt("position"));
            assertTrue(link.getString("problem").contains("rewritten and re-hashed"), link.getString("problem"));
        }
        assertTrue(verify(reference).getBoolean("intact"));
    }

    @Test
    void aLedgerThatForkedAfterASealedEntryIsNamedAsForkedThere() throws SQLException {
        String reference = ReviewerApi.approved(ARCADIA, DemoUser.REVIEWER_ONE, DemoUser.SENIOR_TWO);
        record(reference);
        record(reference);
        AUDITOR.post("/api/v1/checkpoints", null);
        record(reference);
        AUDITOR.post("/api/v1/checkpoints", null);

        try (SavedEntries saved = SavedEntries.remove(reference, 3)) {
            record(reference);

            JsonObject link = firstBrokenLink(reference);

            assertEquals(3, link.getInt("position"));
            assertTrue(link.getString("problem").contains("forked after entry 2"), link.getString("problem"));
        }
        assertTrue(verify(reference).getBoolean("intact"));
    }

    @Test
    void aMissingOrAlteredCheckpointIsNamedByEveryVerifier() throws SQLException {
        AUDITOR.post("/api/v1/checkpoints", null);
        record(ReviewerApi.approved(ARCADIA, DemoUser.REVIEWER_TWO, DemoUser.SENIOR_ONE));
        long middle = AUDITOR.post("/api/v1/checkpoints", null).json().getJsonNumber("sequence").longValue();
        AUDITOR.post("/api/v1/checkpoints", null);

        asSuperuser("CREATE TABLE saved_checkpoint AS SELECT * FROM chain_checkpoint WHERE sequence = " + middle,
                "CREATE TABLE saved_head AS SELECT * FROM chain_checkpoint_head WHERE checkpoint_sequence = " + middle,
                "DELETE FROM chain_checkpoint_head WHERE checkpoint_sequence = " + middle,
                "DELETE FROM chain_checkpoint WHERE sequence = " + middle);
        try {
            JsonObject auditLog = AUDITOR.post("/api/v1/audit-log/verifications", null).json();
            assertFalse(auditLog.getBoolean("intact"));
            assertTrue(auditLog.getString("problem").contains("Checkpoint " + middle + " is missing"), auditLog.toString());
            JsonObject ledgers = AUDITOR.post("/api/v1/ledgers/verifications", "{}").json();
            assertTrue(ledgers.getJsonArray("broken").stream().map(JsonValue::asJsonObject)
                    .anyMatch(link -> link.getString("problem").contains("Checkpoint " + middle + " is missing")), ledgers.toString());
        } finally {
            asSuperuser("INSERT INTO chain_checkpoint SELECT * FROM saved_checkpoint",
                    "INSERT INTO chain_checkpoint_head SELECT * FROM saved_head",
                    "DROP TABLE saved_checkpoint", "DROP TABLE saved_head");
        }

        asSuperuser("UPDATE chain_checkpoint_head SET head_hash = repeat('0', 64) WHERE checkpoint_sequence = " + middle
                + " AND chain_kind = 'AUDIT_LOG'");
        try {
            JsonObject altered = AUDITOR.post("/api/v1/audit-log/verifications", null).json();
            assertTrue(altered.getString("problem").contains("Checkpoint " + middle + " was altered"), altered.toString());
        } finally {
            asSuperuser("UPDATE chain_checkpoint_head h SET head_hash = e.hash FROM audit_event e WHERE h.checkpoint_sequence = "
                    + middle + " AND h.chain_kind = 'AUDIT_LOG' AND e.id = h.position");
        }
        assertTrue(AUDITOR.post("/api/v1/audit-log/verifications", null).json().getBoolean("intact"));
    }

    private static void record(String reference) {
        Reply reply = ARCADIA.client().post("/api/v1/certificates/" + reference + "/authorizations",
                Authorizations.clean(DECLARED_ACT).toJson());
        assertEquals(201, reply.status(), reply.body());
    }

    private static JsonObject verify(String reference) {
        Reply reply = AUDITOR.post("/api/v1/ledgers/verifications", "{\"certificate\":\"" + reference + "\"}");
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private static JsonObject firstBrokenLink(String reference) {
        JsonObject result = verify(reference);
        assertFalse(result.getBoolean("intact"), result.toString());
        JsonObject link = result.getJsonArray("broken").getJsonObject(0);
        assertEquals(reference, link.getString("certificateReference"));
        return link;
    }

    /** Whether the ledger's own hash links hold: only the checkpoints can contradict it then. */
    private static boolean chainAloneIsSound(String reference) {
        return verify(reference).getJsonArray("broken").stream().map(JsonValue::asJsonObject)
                .noneMatch(link -> link.getString("problem").contains("altered")
                        || link.getString("problem").contains("does not point"));
    }

    static void asSuperuser(String... statements) throws SQLException {
        try (Connection connection = TestStack.databaseAsSuperuser().connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("SET LOCAL session_replication_role = replica"); // the append-only triggers stay silent
            for (String sql : statements) {
                statement.execute(sql);
            }
            connection.commit();
        }
    }

    /**
     * A ledger's entries from a position on, removed by the superuser; when closed, whatever the
     * portal appended in their place (and its flags) goes, and they come back with their own ids.
     */
    private static final class SavedEntries implements AutoCloseable {

        private final String entriesFrom;

        private SavedEntries(String reference, int from) {
            this.entriesFrom = "FROM ledger_entry WHERE certificate_id = (SELECT id FROM certificate WHERE reference = '"
                    + reference + "') AND position >= " + from;
        }

        static SavedEntries remove(String reference, int from) throws SQLException {
            SavedEntries saved = new SavedEntries(reference, from);
            asSuperuser("CREATE TABLE saved_ledger_entry AS SELECT * " + saved.entriesFrom, "DELETE " + saved.entriesFrom);
            return saved;
        }

        @Override
        public void close() throws SQLException {
            asSuperuser("DELETE FROM compliance_flag WHERE ledger_entry_id IN (SELECT id " + entriesFrom
                    + " AND id NOT IN (SELECT id FROM saved_ledger_entry))", "DELETE " + entriesFrom,
                    "INSERT INTO ledger_entry SELECT * FROM saved_ledger_entry", "DROP TABLE saved_ledger_entry");
        }
    }
}

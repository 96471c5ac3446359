package org.euc.portal.common.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.euc.portal.testsupport.ApiClient;
import org.euc.portal.testsupport.DemoUser;
import org.euc.portal.testsupport.IntegrationTest;
import org.euc.portal.testsupport.PortalSession;
import org.euc.portal.testsupport.TestStack;
import org.junit.jupiter.api.Test;

/** The audit log against the real database: append-only even for the schema's owner, tamper-evident for anyone. */
@IntegrationTest
class AuditLogIT {

    @Test
    void theTriggersRefuseToRewriteHistoryEvenForTheSchemasOwner() throws Exception {
        PortalSession.login(DemoUser.AUDITOR_ONE); // makes sure there is at least one event
        // the portal's own account lacks the privileges altogether (DatabaseRolesIT); the owner has them
        try (Connection connection = TestStack.databaseAsOwner().connect(); Statement statement = connection.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> statement.executeUpdate("UPDATE audit_event SET details = 'rewritten' WHERE id = 1"));
            SQLException delete = assertThrows(SQLException.class,
                    () -> statement.executeUpdate("DELETE FROM audit_event WHERE id = 1"));
            SQLException truncate = assertThrows(SQLException.class,
                    () -> statement.executeUpdate("TRUNCATE audit_event"));

            for (SQLException refused : new SQLException[] {update, delete, truncate}) {
                assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
            }
        }
    }

    @Test
    void everyLoginIsRecordedWithActorRolesAndAddress() throws Exception {
        long before = countEvents("LOGIN", DemoUser.REVIEWER_TWO.username());

        PortalSession session = PortalSession.login(DemoUser.REVIEWER_TWO);
        session.get("/review/");
        session.get("/");

        assertEquals(before + 1, countEvents("LOGIN", DemoUser.REVIEWER_TWO.username()),
                "one LOGIN per session, however many pages follow");
        try (Connection connection = TestStack.database().connect(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT actor_roles, client_address FROM audit_event "
                        + "WHERE action = 'LOGIN' AND actor = 'reviewer.two' ORDER BY id DESC LIMIT 1")) {
            assertTrue(row.next());
            assertEquals("reviewer", row.getString("actor_roles"));
            assertEquals("127.0.0.1", row.getString("client_address"));
        }
    }

    @Test
    void verificationFindsARowAlteredBehindThePortalsBackAtItsExactPosition() throws Exception {
        PortalSession.login(DemoUser.ADMIN_ONE);
        PortalSession.login(DemoUser.SENIOR_ONE);
        long victim = latestEventId() - 1;
        String original = detailsOf(victim);
        ApiClient auditor = ApiClient.as(DemoUser.AUDITOR_ONE);
        assertTrue(auditor.post("/api/v1/audit-log/verifications", null).json().getBoolean("intact"),
                "the chain is intact before the tampering");

        tamper(victim, "tampered by a superuser");
        try {
            ApiClient.Reply reply = auditor.post("/api/v1/audit-log/verifications", null);

            assertEquals(200, reply.status());
            JsonObject result = reply.json();
            assertFalse(result.getBoolean("intact"));
            assertEquals(victim, result.getJsonNumber("brokenAt").longValue());
            assertEquals(victim - 1, result.getJsonNumber("checkedRecords").longValue());
            assertTrue(result.getString("problem").contains("altered"), result.getString("problem"));
        } finally {
            tamper(victim, original);
        }
        assertTrue(auditor.post("/api/v1/audit-log/verifications", null).json().getBoolean("intact"),
                "restoring the row restores the chain");
    }

    @Test
    void onlyAuditorsAndAdministratorsMayVerifyAndRefusalsAreRecorded() throws Exception {
        long deniedBefore = countEvents("ACCESS_DENIED", DemoUser.IMPORTER_BOREALIA.username());

        ApiClient.Reply reply = ApiClient.as(DemoUser.IMPORTER_BOREALIA).post("/api/v1/audit-log/verifications", null);

        assertEquals(403, reply.status());
        assertEquals("forbidden", reply.json().getString("error"));
        assertEquals(deniedBefore + 1, countEvents("ACCESS_DENIED", DemoUser.IMPORTER_BOREALIA.username()));
        assertEquals(401, ApiClient.anonymous().post("/api/v1/audit-log/verifications", null).status(),
                "machine clients without a token get 401, not a login page");
    }

    /** What an attacker with superuser rights would do: switch the trigger off, rewrite, switch it on. */
    private static void tamper(long id, String details) throws SQLException {
        try (Connection connection = TestStack.databaseAsSuperuser().connect()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement();
                    PreparedStatement update = connection.prepareStatement("UPDATE audit_event SET details = ? WHERE id = ?")) {
                statement.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_or_delete");
                update.setString(1, details);
                update.setLong(2, id);
                assertEquals(1, update.executeUpdate());
                statement.execute("ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update_or_delete");
            }
            connection.commit();
        }
    }

    private static long latestEventId() throws SQLException {
        return queryLong("SELECT max(id) FROM audit_event");
    }

    private static String detailsOf(long id) throws SQLException {
        try (Connection connection = TestStack.database().connect();
                PreparedStatement query = connection.prepareStatement("SELECT details FROM audit_event WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private static long countEvents(String action, String actor) throws SQLException {
        try (Connection connection = TestStack.database().connect();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT count(*) FROM audit_event WHERE action = ? AND actor = ?")) {
            query.setString(1, action);
            query.setString(2, actor);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static long queryLong(String sql) throws SQLException {
        try (Connection connection = TestStack.database().connect(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}

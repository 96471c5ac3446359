package org.euc.portal.common.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.euc.portal.localstack.DatabaseAccess;
import org.euc.portal.testsupport.DemoUser;
import org.euc.portal.testsupport.IntegrationTest;
import org.euc.portal.testsupport.PortalSession;
import org.euc.portal.testsupport.TestStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The portal's own database account (the one its datasource uses) cannot rewrite history: it owns
 * nothing, so it cannot alter a table or switch a trigger off, and on the append-only tables it
 * holds only SELECT and INSERT, so PostgreSQL refuses a rewrite before any trigger runs.
 */
@IntegrationTest
class DatabaseRolesIT {

    /** SQLSTATE of "permission denied" and "must be owner". */
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @ParameterizedTest
    @CsvSource({"audit_event, id", "ledger_entry, id", "status_change, id", "case_note, id", "stored_document, id",
        "chain_checkpoint, sequence", "chain_checkpoint_head, position", "ledger_sample_finding, id"})
    void thePortalsAccountCannotRewriteAnAppendOnlyTable(String table, String column) throws SQLException {
        PortalSession.login(DemoUser.AUDITOR_ONE); // at least one audit event exists
        for (String rewrite : List.of(
                "ALTER TABLE " + table + " DISABLE TRIGGER USER",
                "ALTER TABLE " + table + " ADD COLUMN rewritten BOOLEAN",
                "TRUNCATE " + table + " CASCADE",
                "UPDATE " + table + " SET " + column + " = " + column,
                "DELETE FROM " + table)) {
            SQLException refused = assertThrows(SQLException.class, () -> asPortal(rewrite), rewrite);
            assertEquals(INSUFFICIENT_PRIVILEGE, refused.getSQLState(), rewrite + ": " + refused.getMessage());
            assertTrue(refused.getMessage().contains("permission denied") || refused.getMessage().contains("must be owner"),
                    "refused by the privileges, not only by the trigger: " + refused.getMessage());
        }
    }

    @Test
    void thePortalsAccountOwnsNothingAndCreatesNothing() throws SQLException {
        assertEquals(0, count("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                + "WHERE n.nspname = 'public' AND pg_has_role(current_user, c.relowner, 'USAGE')"));
        assertEquals(0, count("SELECT count(*) FROM pg_roles WHERE rolname = current_user "
                + "AND (rolsuper OR rolcreaterole OR rolcreatedb OR rolbypassrls)"));
        for (String ddl : List.of("CREATE TABLE shadow_audit (id BIGINT)", "CREATE TEMP TABLE scratch (id BIGINT)",
                "CREATE FUNCTION allow_anything() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$",
                "DROP TRIGGER audit_event_no_update_or_delete ON audit_event")) {
            SQLException refused = assertThrows(SQLException.class, () -> asPortal(ddl), ddl);
            assertEquals(INSUFFICIENT_PRIVILEGE, refused.getSQLState(), ddl + ": " + refused.getMessage());
        }
    }

    @Test
    void thePortalsAccountAppendsToTheChainsItGuards() throws SQLException {
        long before = count("SELECT count(*) FROM audit_event");

        PortalSession.login(DemoUser.REVIEWER_ONE); // a login is an audited event, written by the portal's account

        assertTrue(count("SELECT count(*) FROM audit_event") > before, "the portal still appends as its own account");
        assertEquals(0, count("SELECT count(*) FROM information_schema.table_privileges WHERE grantee = current_user "
                + "AND table_name IN ('audit_event', 'ledger_entry') AND privilege_type NOT IN ('SELECT', 'INSERT')"));
    }

    @Test
    void theStartupCheckSeesEveryAppendOnlyTableAsRewritableByTheOwnerAndNoneByThePortal() throws SQLException {
        List<String> appendOnly = List.of("audit_event", "case_note", "chain_checkpoint", "chain_checkpoint_head",
                "ledger_entry", "ledger_sample_finding", "status_change", "stored_document");

        assertEquals(appendOnly, rewritableTables(TestStack.databaseAsOwner()),
                "one account for migrations and portal would make the portal refuse to start");
        assertEquals(appendOnly, rewritableTables(TestStack.databaseAsSuperuser()), "so would a superuser");
        assertEquals(List.of(), rewritableTables(TestStack.database()));
    }

    private static List<String> rewritableTables(DatabaseAccess account) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection connection = account.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(DatabaseMigration.REWRITABLE_APPEND_ONLY_TABLES)) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    private static void asPortal(String sql) throws SQLException {
        try (Connection connection = TestStack.database().connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = TestStack.database().connect(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}

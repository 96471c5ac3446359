package org.euc.portal.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The database out of the portal's reach while PostgreSQL itself keeps running (so the test can
 * end the outage): the portal's account may no longer log in, and its pooled connections are cut.
 * Use in try-with-resources; closing ends the outage.
 */
public final class DatabaseOutage implements AutoCloseable {

    private final String portalAccount = TestStack.database().user();

    private DatabaseOutage() {
    }

    public static DatabaseOutage begin() {
        DatabaseOutage outage = new DatabaseOutage();
        outage.asSuperuser("ALTER ROLE " + outage.portalAccount + " NOLOGIN",
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '" + outage.portalAccount + "'");
        return outage;
    }

    @Override
    public void close() {
        asSuperuser("ALTER ROLE " + portalAccount + " LOGIN");
    }

    private void asSuperuser(String... statements) {
        try (Connection connection = TestStack.databaseAsSuperuser().connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not change the portal's database account: " + e.getMessage(), e);
        }
    }
}

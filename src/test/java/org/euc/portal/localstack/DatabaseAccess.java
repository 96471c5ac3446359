package org.euc.portal.localstack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** JDBC coordinates of a database and the account used to reach it. */
public record DatabaseAccess(String url, String user, String password) {

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    boolean canConnect() {
        try (Connection ignored = connect()) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }
}

package org.euc.portal.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Puts the demo countries back as the other tests expect them after a test delisted one. */
public final class CountryFixture {

    private CountryFixture() {
    }

    /** Records a new approval effective today, as an administrator would; history stays as it was. */
    public static void approveAgain(String country) {
        try (Connection connection = TestStack.database().connect();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO country_approval "
                        + "(country_code, approved, effective_from, reason, decided_by) "
                        + "VALUES (?, TRUE, current_date, 'test: approved again', 'test')")) {
            insert.setString(1, country);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

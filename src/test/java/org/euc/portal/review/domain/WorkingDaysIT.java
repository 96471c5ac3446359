package org.euc.portal.review.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.euc.portal.testsupport.IntegrationTest;
import org.euc.portal.testsupport.TestStack;
import org.junit.jupiter.api.Test;

/**
 * The database's working_days_between (which the dashboard's review times use) counts exactly as
 * the review target does in Java, over every pair of days in a span crossing weekends and a month.
 */
@IntegrationTest
class WorkingDaysIT {

    @Test
    void theDatabaseCountsWorkingDaysAsTheReviewTargetDoes() throws Exception {
        LocalDate first = LocalDate.of(2026, 11, 20);
        List<String> different = new ArrayList<>();
        try (Connection connection = TestStack.database().connect();
                PreparedStatement count = connection.prepareStatement("SELECT working_days_between(?, ?)")) {
            for (LocalDate from = first; from.isBefore(first.plusDays(10)); from = from.plusDays(1)) {
                for (LocalDate to = from; to.isBefore(from.plusDays(31)); to = to.plusDays(1)) {
                    count.setDate(1, Date.valueOf(from));
                    count.setDate(2, Date.valueOf(to));
                    try (ResultSet result = count.executeQuery()) {
                        result.next();
                        int expected = ReviewTarget.workingDaysBetween(from, to);
                        if (result.getInt(1) != expected) {
                            different.add(from + ".." + to + ": " + result.getInt(1) + " instead of " + expected);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), different);
    }
}

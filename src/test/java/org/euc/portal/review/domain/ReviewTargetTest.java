package org.euc.portal.review.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReviewTargetTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    @Test
    void twentyWorkingDaysAreFourWeeksWhenNoWeekendIsSkippedTwice() {
        ReviewTarget target = ReviewTarget.of(MONDAY, MONDAY.plusWeeks(4));
        assertEquals(MONDAY.plusWeeks(4), target.dueDate());
        assertEquals(20, target.workingDaysWaiting());
        assertFalse(target.breached(), "due today is still on time");
        assertTrue(ReviewTarget.of(MONDAY, MONDAY.plusWeeks(4).plusDays(1)).breached());
    }

    @Test
    void weekendDaysDoNotCount() {
        LocalDate friday = MONDAY.plusDays(4);
        assertEquals(1, ReviewTarget.of(friday, friday.plusDays(3)).workingDaysWaiting());
        assertEquals(0, ReviewTarget.of(friday, friday.plusDays(2)).workingDaysWaiting());
    }

    @Test
    void theClosedFormCountsWhatADayByDayWalkCounts() {
        LocalDate start = LocalDate.of(2023, 12, 20); // before and after the formula's fixed Monday
        for (int fromOffset = 0; fromOffset < 30; fromOffset++) {
            LocalDate from = start.plusDays(fromOffset * 17L);
            for (int length = -3; length < 800; length += 7 + fromOffset % 5) {
                LocalDate to = from.plusDays(length);
                assertEquals(walked(from, to), ReviewTarget.workingDaysBetween(from, to), from + " to " + to);
            }
        }
    }

    /** The definition, one day at a time: Monday to Friday after {@code from}, up to and including {@code to}. */
    private static int walked(LocalDate from, LocalDate to) {
        int days = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() <= 5) {
                days++;
            }
        }
        return days;
    }

    /** The dashboard counts overdue cases in the database with this day; it must agree with each row's target. */
    @Test
    void firstOnTimeEntryDaySeparatesBreachedFromOnTimeCasesOnEveryDayOfTheWeek() {
        for (LocalDate today = MONDAY; today.isBefore(MONDAY.plusWeeks(2)); today = today.plusDays(1)) {
            LocalDate boundary = ReviewTarget.firstOnTimeEntryDay(today);
            for (LocalDate entered = today.minusDays(60); !entered.isAfter(today); entered = entered.plusDays(1)) {
                assertEquals(ReviewTarget.of(entered, today).breached(), entered.isBefore(boundary),
                        "entered " + entered + ", today " + today);
            }
        }
    }
}

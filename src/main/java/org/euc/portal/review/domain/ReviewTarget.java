package org.euc.portal.review.domain;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The ministry's review target: a case should be decided within 20 working days (Monday to
 * Friday) of entering the queue.
 *
 * @param workingDaysWaiting working days since the case entered the queue, the entry day excluded
 * @param dueDate the last working day within the target
 * @param breached whether today is past the due date
 */
public record ReviewTarget(int workingDaysWaiting, LocalDate dueDate, boolean breached) implements Serializable {

    public static final int WORKING_DAYS = 20;
    private static final LocalDate FIXED_MONDAY = LocalDate.of(2024, 1, 1);

    public static ReviewTarget of(LocalDate enteredQueue, LocalDate today) {
        int waiting = workingDaysBetween(enteredQueue, today);
        LocalDate due = addWorkingDays(enteredQueue, WORKING_DAYS);
        return new ReviewTarget(waiting, due, today.isAfter(due));
    }

    /**
     * The earliest day a case may have entered the queue and still be on time today: a case is past
     * its target exactly when it entered before this day, so counts can be made in the database.
     */
    public static LocalDate firstOnTimeEntryDay(LocalDate today) {
        LocalDate day = today;
        while (!today.isAfter(addWorkingDays(day.minusDays(1), WORKING_DAYS))) {
            day = day.minusDays(1);
        }
        return day;
    }

    /**
     * Working days after {@code from} up to and including {@code to}. Closed form, like the
     * database's working_days_between: the queue computes it for every row it shows, and a day-by-day
     * walk over a case years old was the review queue's largest cost in the benchmark.
     */
    static int workingDaysBetween(LocalDate from, LocalDate to) {
        return to.isAfter(from) ? (int) (weekdaysBefore(to.plusDays(1)) - weekdaysBefore(from.plusDays(1))) : 0;
    }

    /** Monday to Friday days from a fixed Monday up to, not including, {@code day} (negative before it). */
    private static long weekdaysBefore(LocalDate day) {
        long sinceMonday = day.toEpochDay() - FIXED_MONDAY.toEpochDay();
        return Math.floorDiv(sinceMonday, 7) * 5 + Math.min(Math.floorMod(sinceMonday, 7), 5);
    }

    static LocalDate addWorkingDays(LocalDate from, int workingDays) {
        LocalDate day = from;
        for (int added = 0; added < workingDays; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                added++;
            }
        }
        return day;
    }

    private static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}

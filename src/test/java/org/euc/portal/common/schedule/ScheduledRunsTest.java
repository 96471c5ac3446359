package org.euc.portal.common.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Where a job's period starts: the same instant on every node, whatever moment its timer fired. */
class ScheduledRunsTest {

    @Test
    void anHourStartsOnTheHour() {
        assertEquals(Instant.parse("2026-12-01T10:00:00Z"),
                ScheduledRuns.startOfPeriod(Instant.parse("2026-12-01T10:05:00.013Z"), Duration.ofHours(1)));
        assertEquals(Instant.parse("2026-12-01T10:00:00Z"),
                ScheduledRuns.startOfPeriod(Instant.parse("2026-12-01T10:59:59.999Z"), Duration.ofHours(1)));
    }

    @Test
    void timersStartedAtDifferentMomentsShareTheirIntervalsPeriod() {
        Duration quarter = Duration.ofMinutes(15);
        assertEquals(ScheduledRuns.startOfPeriod(Instant.parse("2026-12-01T10:16:00Z"), quarter),
                ScheduledRuns.startOfPeriod(Instant.parse("2026-12-01T10:29:59Z"), quarter));
        assertEquals(Instant.parse("2026-12-01T10:30:00Z"),
                ScheduledRuns.startOfPeriod(Instant.parse("2026-12-01T10:30:00Z"), quarter));
    }
}

package org.euc.portal.common.integrity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** PostgreSQL stores timestamps in microseconds; values that are hashed must be cut to that first. */
public final class Timestamps {

    private Timestamps() {
    }

    public static Instant toMicros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    public static Instant nowInMicros() {
        return toMicros(Instant.now());
    }
}

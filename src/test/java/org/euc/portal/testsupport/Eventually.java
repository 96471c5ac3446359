package org.euc.portal.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waits for a condition to hold, polling briefly, instead of sleeping a fixed time. */
public final class Eventually {

    private Eventually() {
    }

    /** Returns the first value that satisfies the condition, or the last value seen when time runs out. */
    public static <T> T await(Supplier<T> probe, Predicate<T> condition, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        T value = probe.get();
        while (!condition.test(value) && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return value;
            }
            value = probe.get();
        }
        return value;
    }
}

package org.euc.portal.testsupport;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Waits for a condition to hold, polling briefly (Awaitility), instead of sleeping a fixed time.
 * Gives back the last value seen even when time runs out, so the caller's assertion says what it was.
 */
public final class Eventually {

    private static final Duration POLL = Duration.ofMillis(100);

    private Eventually() {
    }

    /** Returns the first value that satisfies the condition, or the last value seen when time runs out. */
    public static <T> T await(Supplier<T> probe, Predicate<T> condition, Duration timeout) {
        AtomicReference<T> last = new AtomicReference<>();
        try {
            return Awaitility.await().atMost(timeout).pollDelay(Duration.ZERO).pollInterval(POLL)
                    .until(() -> {
                        T value = probe.get();
                        last.set(value);
                        return value;
                    }, condition::test);
        } catch (ConditionTimeoutException e) {
            return last.get();
        }
    }
}

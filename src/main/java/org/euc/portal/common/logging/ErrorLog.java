package org.euc.portal.common.logging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where the portal writes an unexpected error: one line per failed request, under a short
 * reference the user can quote, naming the error and its root cause; the full stack trace only
 * the first time a cause is seen in {@link #TRACE_INTERVAL}. An outage of the database under load
 * thus writes a line per request instead of several pages of traces per request.
 */
@ApplicationScoped
public class ErrorLog {

    static final Duration TRACE_INTERVAL = Duration.ofMinutes(5);
    /** Distinct causes remembered at most; past that the oldest knowledge is dropped wholesale. */
    private static final int MAX_CAUSES = 1_000;
    private static final Logger LOG = Logger.getLogger(ErrorLog.class.getName());

    private final ConcurrentMap<String, Instant> tracedAt = new ConcurrentHashMap<>();

    /**
     * Logs an unexpected error and returns its new reference.
     *
     * @param where what failed, such as the request's method and path
     */
    public String unexpected(String where, Throwable error) {
        String reference = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        Throwable rootCause = rootCause(error);
        String line = "Unexpected error, reference " + reference + " (" + where + "): " + describe(error)
                + (rootCause == error ? "" : "; root cause " + describe(rootCause));
        if (firstInInterval(cause(error, rootCause), Instant.now())) {
            LOG.log(Level.SEVERE, line, error);
        } else {
            LOG.severe(line + " [trace logged earlier]");
        }
        return reference;
    }

    /** Whether this cause's trace is due: not seen, or last traced longer than the interval ago. */
    boolean firstInInterval(String cause, Instant now) {
        if (tracedAt.size() > MAX_CAUSES) {
            tracedAt.clear();
        }
        Instant[] due = {null};
        tracedAt.compute(cause, (key, last) -> {
            if (last == null || !now.isBefore(last.plus(TRACE_INTERVAL))) {
                due[0] = now;
                return now;
            }
            return last;
        });
        return due[0] != null;
    }

    /** The same failure from the same place: outermost and root exception types and where the root was thrown. */
    static String cause(Throwable error, Throwable rootCause) {
        StackTraceElement[] frames = rootCause.getStackTrace();
        return error.getClass().getName() + "|" + rootCause.getClass().getName() + "|"
                + (frames.length == 0 ? "" : frames[0].toString());
    }

    static Throwable rootCause(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static String describe(Throwable error) {
        String message = error.getMessage();
        return error.getClass().getSimpleName() + (message == null ? "" : ": " + message.replace('\n', ' '));
    }
}

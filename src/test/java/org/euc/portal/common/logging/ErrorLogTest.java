package org.euc.portal.common.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ErrorLogTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void aCausesTraceIsDueOncePerInterval() {
        ErrorLog log = new ErrorLog();

        assertTrue(log.firstInInterval("cause", NOW));
        assertFalse(log.firstInInterval("cause", NOW.plusSeconds(1)));
        assertFalse(log.firstInInterval("cause", NOW.plus(ErrorLog.TRACE_INTERVAL).minusSeconds(1)));
        assertTrue(log.firstInInterval("another cause", NOW.plusSeconds(1)));
        assertTrue(log.firstInInterval("cause", NOW.plus(ErrorLog.TRACE_INTERVAL)));
    }

    @Test
    void theSameFailureFromTheSamePlaceIsOneCauseWhateverItsMessage() {
        Throwable first = failure("connection to 10.0.0.1 refused");
        Throwable second = failure("connection to 10.0.0.2 refused");
        Throwable elsewhere = new IllegalStateException(new SQLException("connection refused"));

        assertEquals(ErrorLog.cause(first, ErrorLog.rootCause(first)), ErrorLog.cause(second, ErrorLog.rootCause(second)));
        assertNotEquals(ErrorLog.cause(first, ErrorLog.rootCause(first)),
                ErrorLog.cause(elsewhere, ErrorLog.rootCause(elsewhere)));
    }

    @Test
    void theReferenceIsEightCharactersToQuote() {
        String reference = new ErrorLog().unexpected("GET /test", new IllegalStateException("test"));
        assertTrue(reference.matches("[0-9A-F]{8}"), reference);
    }

    private static Throwable failure(String message) {
        return new IllegalStateException(rootCauseThrownHere(message));
    }

    private static SQLException rootCauseThrownHere(String message) {
        return new SQLException(message);
    }
}

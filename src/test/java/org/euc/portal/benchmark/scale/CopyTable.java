package org.euc.portal.benchmark.scale;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import org.euc.portal.common.integrity.Timestamps;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * The rows of one table waiting to go to PostgreSQL in a single COPY, in COPY's text format. Counts
 * what it sent and how long PostgreSQL took, for the throughput report.
 */
final class CopyTable {

    private static final int SLICE_CHARS = 1 << 16;

    private final String table;
    private final String columns;
    private final StringBuilder pending = new StringBuilder(1 << 16);
    private long pendingRows;
    private long copiedRows;
    private long copyNanos;

    CopyTable(String table, String columns) {
        this.table = table;
        this.columns = columns;
    }

    /** One row, values in the order of the columns; null is NULL. */
    void row(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                pending.append('\t');
            }
            append(values[i]);
        }
        pending.append('\n');
        pendingRows++;
    }

    private void append(Object value) {
        if (value == null) {
            pending.append("\\N");
        } else if (value instanceof Instant instant) {
            // the hashes cover microseconds: what is stored must be exactly what was hashed
            pending.append(Timestamps.toMicros(instant));
        } else if (value instanceof Boolean flag) {
            pending.append(flag ? 't' : 'f');
        } else if (value instanceof Enum<?> constant) {
            pending.append(constant.name());
        } else if (value instanceof CharSequence text) {
            escape(text);
        } else {
            pending.append(value); // numbers and LocalDate: ISO text PostgreSQL reads as is
        }
    }

    private void escape(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> pending.append("\\\\");
                case '\t' -> pending.append("\\t");
                case '\n' -> pending.append("\\n");
                case '\r' -> pending.append("\\r");
                default -> pending.append(c);
            }
        }
    }

    int pendingChars() {
        return pending.length();
    }

    void copy(CopyManager copyManager) throws SQLException {
        if (pendingRows == 0) {
            return;
        }
        long started = System.nanoTime();
        CopyIn copy = copyManager.copyIn("COPY " + table + " (" + columns + ") FROM STDIN");
        try {
            // in slices: a second full copy of the batch (toString, getBytes) would double the memory it needs
            int from = 0;
            while (from < pending.length()) {
                int until = Math.min(pending.length(), from + SLICE_CHARS);
                if (Character.isHighSurrogate(pending.charAt(until - 1)) && until < pending.length()) {
                    until--; // never cut a character in two
                }
                byte[] slice = pending.substring(from, until).getBytes(StandardCharsets.UTF_8);
                copy.writeToCopy(slice, 0, slice.length);
                from = until;
            }
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
        copyNanos += System.nanoTime() - started;
        copiedRows += pendingRows;
        pending.setLength(0);
        pendingRows = 0;
    }

    String table() {
        return table;
    }

    long copiedRows() {
        return copiedRows;
    }

    long copyNanos() {
        return copyNanos;
    }
}

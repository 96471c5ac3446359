package org.euc.portal.common.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes CSV exports the way every export of the portal looks: UTF-8 with a byte order mark (so
 * spreadsheet programs detect the encoding), RFC 4180 quoting, CRLF line ends, and cells that a
 * spreadsheet would run as a formula (starting with {@code = + - @}, tab or CR) prefixed with an
 * apostrophe. {@link #finish()} flushes; the stream stays open for its owner to close.
 */
public final class CsvWriter {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final Writer writer;

    public CsvWriter(OutputStream out) {
        this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        write("\uFEFF");
    }

    /** One record; a null cell is written empty. */
    public CsvWriter record(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(quoted(defused(cells.get(i))));
        }
        write(line.append("\r\n").toString());
        return this;
    }

    public void finish() {
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the CSV export", e);
        }
    }

    /** The text of a value as an export shows it: enums by name, null as empty. */
    public static String text(Object value) {
        return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
    }

    /** A spreadsheet would run "=HYPERLINK(...)" as a formula; a leading apostrophe makes it text. */
    static String defused(String value) {
        if (value == null || value.isEmpty() || FORMULA_STARTS.indexOf(value.charAt(0)) < 0) {
            return value;
        }
        return "'" + value;
    }

    private static String quoted(String value) {
        if (value == null) {
            return "";
        }
        boolean needsQuotes = value.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n')
                || !value.equals(value.strip());
        return needsQuotes ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    private void write(String text) {
        try {
            writer.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the CSV export", e);
        }
    }
}

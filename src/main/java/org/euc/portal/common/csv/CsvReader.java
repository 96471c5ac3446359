package org.euc.portal.common.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads CSV text as RFC 4180 has it (comma, double quotes doubled inside quoted cells, CRLF or LF
 * or CR line ends) into records that know the line they start on, so that every upload can say
 * "line 12: ..." the same way. It only splits text: headers, columns and values are the caller's.
 *
 * <p>Problems come as enums carrying a message key of the shared {@code csv.*} family; a record
 * whose quoting is wrong keeps its problem instead of stopping the reading, so a caller can list
 * every bad row at once.
 */
public final class CsvReader {

    private static final char BOM = '\uFEFF';

    /** Why an uploaded file cannot be read at all. */
    public enum FileProblem {
        /** over the caller's limit; message argument {0}: the limit in MB */
        TOO_LARGE,
        /** not valid UTF-8 (typically saved as Windows-1252 by a spreadsheet program) */
        NOT_UTF8,
        /** nothing but a byte order mark and white space */
        EMPTY;

        public String messageKey() {
            return switch (this) {
                case TOO_LARGE -> "csv.tooLarge";
                case NOT_UTF8 -> "csv.notUtf8";
                case EMPTY -> "csv.empty";
            };
        }
    }

    /** What is wrong with the quoting of one record; its cells are then not to be trusted. */
    public enum QuotingProblem {
        /** a quoted cell is never closed: it swallowed the rest of the text */
        UNTERMINATED_QUOTE,
        /** a quote inside an unquoted cell, or text after a closing quote */
        BAD_QUOTING;

        public String messageKey() {
            return switch (this) {
                case UNTERMINATED_QUOTE -> "csv.unterminatedQuote";
                case BAD_QUOTING -> "csv.badQuoting";
            };
        }
    }

    /**
     * One record: its cells as written (not stripped; line breaks inside quoted cells as {@code \n}),
     * the line it starts on (1 = first line), and its quoting problem, or null.
     */
    public record Record(int line, List<String> cells, QuotingProblem problem) {

        public Record {
            cells = List.copyOf(cells);
        }

        /** Every cell empty or white space, and well quoted: an empty line, or a row of commas. */
        public boolean isBlank() {
            return problem == null && cells.stream().allMatch(String::isBlank);
        }

        /**
         * The number of cells, not counting blank cells past {@code expectedColumns} at the end:
         * spreadsheet programs add such empty columns, which are harmless.
         */
        public int width(int expectedColumns) {
            int used = cells.size();
            while (used > expectedColumns && cells.get(used - 1).isBlank()) {
                used--;
            }
            return used;
        }

        /** The cells stripped and lower-cased, to compare a header line with the expected column names. */
        public List<String> names() {
            return cells.stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
        }
    }

    /** An uploaded file: its records, or (with no records) why it cannot be read. */
    public record Upload(List<Record> records, FileProblem problem) {

        public Upload {
            records = List.copyOf(records);
        }

        static Upload refused(FileProblem problem) {
            return new Upload(List.of(), Objects.requireNonNull(problem));
        }
    }

    private CsvReader() {
    }

    /**
     * Reads an uploaded file of at most {@code maxBytes} bytes: strict UTF-8, a leading byte order
     * mark tolerated. Reads at most {@code maxBytes + 1} bytes, so an oversized upload costs nothing.
     * Does not close {@code in}.
     */
    public static Upload read(InputStream in, int maxBytes) {
        byte[] bytes;
        try {
            bytes = in.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded CSV file", e);
        }
        if (bytes.length > maxBytes) {
            return Upload.refused(FileProblem.TOO_LARGE);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return Upload.refused(FileProblem.NOT_UTF8);
        }
        text = withoutByteOrderMark(text);
        if (text.isBlank()) {
            return Upload.refused(FileProblem.EMPTY);
        }
        return new Upload(records(text), null);
    }

    /**
     * Splits a text into records (a leading byte order mark is skipped). An empty text has no
     * records; a final line break does not start an empty record.
     */
    public static List<Record> records(String text) {
        String csv = withoutByteOrderMark(text);
        List<Record> records = new ArrayList<>();
        Cursor cursor = new Cursor(csv);
        while (!cursor.atEnd()) {
            records.add(cursor.nextRecord());
        }
        return records;
    }

    private static String withoutByteOrderMark(String text) {
        return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    }

    /** A position in the text and the line it is on. */
    private static final class Cursor {

        private final String text;
        private int position;
        private int line = 1;

        Cursor(String text) {
            this.text = text;
        }

        boolean atEnd() {
            return position >= text.length();
        }

        Record nextRecord() {
            int startLine = line;
            List<String> cells = new ArrayList<>();
            QuotingProblem problem = null;
            StringBuilder cell = new StringBuilder();
            while (true) {
                cell.setLength(0);
                boolean quoted = !atEnd() && text.charAt(position) == '"';
                if (quoted) {
                    position++;
                    if (!readQuoted(cell)) {
                        cells.add(cell.toString());
                        return new Record(startLine, cells, QuotingProblem.UNTERMINATED_QUOTE);
                    }
                }
                // the rest of an unquoted cell, or what follows a closing quote (which must be nothing)
                while (!atEnd()) {
                    char c = text.charAt(position);
                    if (c == ',' || c == '\r' || c == '\n') {
                        break;
                    }
                    if (quoted || c == '"') {
                        problem = QuotingProblem.BAD_QUOTING;
                    }
                    cell.append(c);
                    position++;
                }
                cells.add(cell.toString());
                if (!atEnd() && text.charAt(position) == ',') {
                    position++;
                    continue;
                }
                if (!atEnd()) {
                    skipLineBreak();
                }
                return new Record(startLine, cells, problem);
            }
        }

        /** Reads a quoted cell's content up to and including its closing quote; false if there is none. */
        private boolean readQuoted(StringBuilder cell) {
            while (!atEnd()) {
                char c = text.charAt(position);
                if (c == '"') {
                    if (position + 1 < text.length() && text.charAt(position + 1) == '"') {
                        cell.append('"');
                        position += 2;
                    } else {
                        position++;
                        return true;
                    }
                } else if (c == '\r' || c == '\n') {
                    skipLineBreak();
                    cell.append('\n');
                } else {
                    cell.append(c);
                    position++;
                }
            }
            return false;
        }

        private void skipLineBreak() {
            if (text.charAt(position) == '\r' && position + 1 < text.length() && text.charAt(position + 1) == '\n') {
                position += 2;
            } else {
                position++;
            }
            line++;
        }
    }
}

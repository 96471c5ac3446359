package org.euc.portal.ledger.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.euc.portal.certificate.domain.TerroristAct;
import org.euc.portal.common.csv.CsvReader;
import org.euc.portal.common.csv.CsvWriter;
import org.euc.portal.ledger.domain.AuthorizationInput;
import org.euc.portal.ledger.domain.AuthorizationKind;
import org.euc.portal.ledger.domain.AuthorizationValidation;
import org.euc.portal.common.domain.InputProblem;
import org.euc.portal.ledger.domain.LedgerEntryView;

/**
 * The ledger's two CSV formats (RFC 4180: comma, double quotes, UTF-8, CRLF or LF).
 *
 * <p><b>Upload format</b> ({@link #UPLOAD_COLUMNS}), read by {@link #parse}: one authorization per
 * row, a header row required, an optional byte order mark tolerated, kind and terrorist act by
 * name (the act also by its number 1-9), dates as yyyy-MM-dd, empty cells for absent values.
 *
 * <p><b>Export format</b> ({@link #EXPORT_COLUMNS}), written by {@link #write}: every column of
 * the recorded entries (position, hashes, who recorded them...). It is a different, wider format
 * and is deliberately not importable: uploading one is refused with a message saying so. Its cells
 * are protected against formula injection (a cell starting with {@code = + - @} gets a leading
 * apostrophe), which would corrupt values on re-import; the upload format is read verbatim.
 *
 * <p>Stateless: usable as a CDI bean or with {@code new}.
 */
@ApplicationScoped
public class LedgerCsv {

    public static final List<String> UPLOAD_COLUMNS = List.of("order_reference", "issuing_authority", "kind",
            "other_citation", "issued_on", "valid_from", "valid_until", "used_from", "used_until", "terrorist_act",
            "offence_code", "targets", "operation_reference");

    public static final List<String> EXPORT_COLUMNS = List.of("entry_id", "certificate_reference", "agency_code",
            "country_code", "position", "type", "amends_position", "amendment_reason", "order_reference",
            "issuing_authority", "kind", "other_citation", "issued_on", "valid_from", "valid_until", "used_from",
            "used_until", "legal_basis", "targets", "operation_reference", "document_sha256", "recorded_at",
            "recorded_by", "channel", "open_flags", "hash");

    public static final int MAX_ROWS = 5000;
    public static final int MAX_MEGABYTES = 2;
    public static final int MAX_BYTES = MAX_MEGABYTES * 1024 * 1024;

    /** Field name of problems about the whole file (size, encoding, header). */
    public static final String FILE = "file";
    /** Field name of problems about the shape of a row (quoting, number of columns). */
    public static final String ROW = "row";

    private static final int SHOWN_VALUE_MAX = 50;

    /** Upload column → the {@link AuthorizationInput} field it fills, in column order. */
    private static final List<String> FIELDS = List.of("orderReference", "issuingAuthority", "kind", "otherCitation",
            "issuedOn", "validFrom", "validUntil", "usedFrom", "usedUntil", "terroristAct", "offenceCode", "targets",
            "operationReference");

    /** A row that could be read, whatever its validation problems, with the line it starts on. */
    public record Row(int line, AuthorizationInput input) {
    }

    /**
     * What a file holds: the rows that could be read, and every problem, file-wide ones first, then
     * by line. The caller decides what to do with a file that has problems (refuse it whole).
     */
    public record ParseResult(List<Row> rows, List<InputProblem> problems) {

        public ParseResult {
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
        }
    }

    /**
     * Reads an uploaded file in the upload format. Rows are validated with
     * {@link AuthorizationValidation} as well, so {@link ParseResult#problems()} lists everything
     * wrong with the file, each with its line (1 = the header; a row spanning lines counts from its first).
     * Problems that make the file unreadable as a whole (over {@value #MAX_MEGABYTES} MB, not UTF-8,
     * empty, wrong header, more than {@value #MAX_ROWS} rows) come alone, with no rows.
     *
     * @param today the recording day, for the validation
     */
    public ParseResult parse(InputStream csv, LocalDate today) {
        CsvReader.Upload upload = CsvReader.read(csv, MAX_BYTES);
        if (upload.problem() != null) {
            CsvReader.FileProblem problem = upload.problem();
            return refused(problem == CsvReader.FileProblem.TOO_LARGE
                    ? new InputProblem(0, FILE, problem.messageKey(), MAX_MEGABYTES)
                    : new InputProblem(problem == CsvReader.FileProblem.EMPTY ? 1 : 0, FILE, problem.messageKey()));
        }
        List<CsvReader.Record> records = upload.records();
        List<String> header = records.get(0).names();
        if (!header.equals(UPLOAD_COLUMNS)) {
            String key = header.equals(EXPORT_COLUMNS) ? "ledger.csv.exportNotImportable" : "csv.header";
            return refused(new InputProblem(1, FILE, key, String.join(",", UPLOAD_COLUMNS)));
        }
        List<CsvReader.Record> data = records.subList(1, records.size()).stream().filter(r -> !r.isBlank())
                .toList();
        if (data.size() > MAX_ROWS) {
            return refused(new InputProblem(0, FILE, "csv.tooManyRows", data.size(), MAX_ROWS));
        }

        List<Row> rows = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        for (CsvReader.Record record : data) {
            readRow(record, today, rows, problems);
        }
        problems.sort(Comparator.comparingInt(InputProblem::line));
        return new ParseResult(rows, problems);
    }

    /** Same as {@link #parse(InputStream, LocalDate)}, recording today (UTC). */
    public ParseResult parse(InputStream csv) {
        return parse(csv, LocalDate.now(java.time.ZoneOffset.UTC));
    }

    /**
     * Writes entries in the export format (see the class comment): UTF-8 with a byte order mark
     * (so spreadsheet programs detect the encoding), CRLF line ends. Leaves {@code out} open.
     */
    public void write(List<LedgerEntryView> entries, OutputStream out) {
        CsvWriter writer = new CsvWriter(out).record(EXPORT_COLUMNS);
        for (LedgerEntryView entry : entries) {
            writer.record(Arrays.asList(
                    Long.toString(entry.id()),
                    entry.certificateReference(),
                    entry.agencyCode(),
                    entry.countryCode(),
                    Integer.toString(entry.position()),
                    text(entry.type()),
                    text(entry.amendsPosition()),
                    entry.amendmentReason(),
                    entry.orderReference(),
                    entry.issuingAuthority(),
                    text(entry.kind()),
                    entry.otherCitation(),
                    text(entry.issuedOn()),
                    text(entry.validFrom()),
                    text(entry.validUntil()),
                    text(entry.usedFrom()),
                    text(entry.usedUntil()),
                    entry.legalBasis(),
                    text(entry.targets()),
                    entry.operationReference(),
                    entry.documentSha256(),
                    text(entry.recordedAt()),
                    entry.recordedBy(),
                    text(entry.channel()),
                    Long.toString(entry.openFlags()),
                    entry.hash()));
        }
        writer.finish();
    }

    private static void readRow(CsvReader.Record record, LocalDate today, List<Row> rows, List<InputProblem> problems) {
        int line = record.line();
        if (record.problem() != null) {
            problems.add(new InputProblem(line, ROW, record.problem().messageKey()));
            return;
        }
        List<String> cells = record.cells();
        int used = record.width(UPLOAD_COLUMNS.size()); // a spreadsheet may add empty trailing columns: harmless
        if (used != UPLOAD_COLUMNS.size()) {
            problems.add(new InputProblem(line, ROW, "csv.columnCount", used, UPLOAD_COLUMNS.size()));
            return;
        }

        CellReader cell = new CellReader(cells, line);
        AuthorizationInput input = new AuthorizationInput(
                cell.text(0),
                cell.text(1),
                cell.value(2, "ledger.csv.badKind", LedgerCsv::kind),
                cell.text(3),
                cell.value(4, "csv.badDate", LocalDate::parse),
                cell.value(5, "csv.badDate", LocalDate::parse),
                cell.value(6, "csv.badDate", LocalDate::parse),
                cell.value(7, "csv.badDate", LocalDate::parse),
                cell.value(8, "csv.badDate", LocalDate::parse),
                cell.value(9, "ledger.csv.badTerroristAct", LedgerCsv::terroristAct),
                cell.text(10),
                cell.value(11, "ledger.csv.badNumber", Integer::valueOf),
                cell.text(12));
        problems.addAll(cell.problems);
        Set<String> unreadable = cell.problems.stream().map(InputProblem::field).collect(Collectors.toSet());
        // an unreadable cell is also "missing" to the validation: say it once, as unreadable
        AuthorizationValidation.problemsOf(input, today).stream()
                .filter(p -> !unreadable.contains(p.field()))
                .map(p -> p.atLine(line))
                .forEach(problems::add);
        if (cell.problems.isEmpty()) {
            rows.add(new Row(line, input));
        }
    }

    /** Reads the cells of one row, collecting a problem for each value it cannot read. */
    private static final class CellReader {

        private final List<String> cells;
        private final int line;
        private final List<InputProblem> problems = new ArrayList<>();

        CellReader(List<String> cells, int line) {
            this.cells = cells;
            this.line = line;
        }

        String text(int column) {
            String value = cells.get(column).strip();
            return value.isEmpty() ? null : value;
        }

        <T> T value(int column, String problemKey, Function<String, T> parser) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return parser.apply(value);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                // NumberFormatException is an IllegalArgumentException
                problems.add(new InputProblem(line, FIELDS.get(column), problemKey, UPLOAD_COLUMNS.get(column),
                        shown(value)));
                return null;
            }
        }
    }

    private static AuthorizationKind kind(String value) {
        return AuthorizationKind.valueOf(value.toUpperCase(Locale.ROOT));
    }

    private static TerroristAct terroristAct(String value) {
        if (value.chars().allMatch(Character::isDigit)) {
            int number = Integer.parseInt(value);
            if (number < 1 || number > TerroristAct.values().length) {
                throw new IllegalArgumentException("No terrorist act " + number);
            }
            return TerroristAct.values()[number - 1];
        }
        return TerroristAct.valueOf(value.toUpperCase(Locale.ROOT));
    }

    private static String shown(String value) {
        return value.length() <= SHOWN_VALUE_MAX ? value : value.substring(0, SHOWN_VALUE_MAX) + "\u2026";
    }

    private static ParseResult refused(InputProblem problem) {
        return new ParseResult(List.of(), List.of(problem));
    }

    private static String text(Object value) {
        return CsvWriter.text(value);
    }
}

package org.euc.portal.reference.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.euc.portal.common.csv.CsvReader;
import org.euc.portal.common.domain.InputProblem;
import org.euc.portal.reference.domain.Offence;
import org.euc.portal.reference.domain.OffenceCategory;

/**
 * Reads a country's offence catalogue from CSV (UTF-8, RFC 4180, header row {@link #COLUMNS} required,
 * byte order mark tolerated, at most {@value #MAX_ROWS} rows and {@value #MAX_MEGABYTES} MB).
 *
 * <p>One offence per row: its code (the country's code, a hyphen, then up to 36 capital letters,
 * digits, dots or hyphens), statute, name, maximum penalty in years, whether it carries life
 * imprisonment ({@code true/false/yes/no/1/0}), {@link OffenceCategory} by name, and the day it takes
 * effect ({@code yyyy-MM-dd}). The penalty may be left empty only for an offence punished by life
 * imprisonment. An offence code may appear only once per file.
 *
 * <p>Reads everything and reports every problem with its line; whether a file with problems is
 * refused as a whole is the caller's decision. Stateless: usable as a CDI bean or with {@code new}.
 */
@ApplicationScoped
public class OffenceCatalogueCsv {

    public static final List<String> COLUMNS = List.of("offence_code", "statute", "name", "max_penalty_years",
            "life_imprisonment", "category", "effective_from");

    public static final int MAX_ROWS = 5000;
    public static final int MAX_MEGABYTES = 2;
    public static final int MAX_BYTES = MAX_MEGABYTES * 1024 * 1024;
    public static final int STATUTE_MAX_LENGTH = 200;
    public static final int NAME_MAX_LENGTH = 300;
    public static final int PENALTY_MAX_YEARS = 99;
    public static final Pattern OFFENCE_CODE = Pattern.compile("^[A-Z]{2}-[A-Z0-9.-]{1,36}$");

    /** Field name of problems about the whole file (size, encoding, header, number of rows). */
    public static final String FILE = "file";
    /** Field name of problems about the shape of a row (quoting, number of columns). */
    public static final String ROW = "row";

    private static final Pattern COUNTRY_CODE = Pattern.compile("^[A-Z]{2}$");
    private static final Pattern YEARS = Pattern.compile("^\\d{1,2}$");
    private static final Map<String, Boolean> YES_NO = Map.of("true", true, "yes", true, "1", true,
            "false", false, "no", false, "0", false);
    private static final String CATEGORY_NAMES = Arrays.stream(OffenceCategory.values()).map(Enum::name)
            .collect(Collectors.joining(", "));
    /** Column → the {@link OffenceLine} component it fills, in column order. */
    private static final List<String> FIELDS = List.of("offenceCode", "statute", "name", "maxPenaltyYears",
            "lifeImprisonment", "category", "effectiveFrom");
    private static final int SHOWN_VALUE_MAX = 50;

    /** One row of a catalogue file, as read: what {@link Offence}'s constructor needs, bar who and when. */
    public record OffenceLine(String offenceCode, String statute, String name, Integer maxPenaltyYears,
            boolean lifeImprisonment, OffenceCategory category, LocalDate effectiveFrom) {

        /** A new offence version of this line, for the catalogue of {@code countryCode}. */
        public Offence toOffence(String countryCode, String recordedBy, Instant recordedAt) {
            return new Offence(countryCode, offenceCode, statute, name, maxPenaltyYears, lifeImprisonment, category,
                    effectiveFrom, recordedBy, recordedAt);
        }
    }

    /** A row without problems, with the line it starts on (1 = the header). */
    public record Row(int line, OffenceLine offence) {
    }

    /**
     * What a file holds: its rows without problems, and every problem, by line (file-wide ones, at
     * line 0 or 1, come alone and without rows).
     */
    public record ParseResult(List<Row> rows, List<InputProblem> problems) {

        public ParseResult {
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
        }

        /** No problem at all: every row of the file is in {@link #rows()}. */
        public boolean isClean() {
            return problems.isEmpty();
        }
    }

    /**
     * Reads an uploaded catalogue for the country {@code countryCode}: every offence code must
     * start with it and a hyphen.
     *
     * @param countryCode ISO 3166-1 alpha-2, upper case, as in {@code Country#getCode()}
     */
    public ParseResult parse(InputStream csv, String countryCode) {
        if (countryCode == null || !COUNTRY_CODE.matcher(countryCode).matches()) {
            throw new IllegalArgumentException("Not a country code: " + countryCode);
        }
        CsvReader.Upload upload = CsvReader.read(csv, MAX_BYTES);
        if (upload.problem() != null) {
            int line = upload.problem() == CsvReader.FileProblem.EMPTY ? 1 : 0;
            Object[] arguments = upload.problem() == CsvReader.FileProblem.TOO_LARGE
                    ? new Object[] {MAX_MEGABYTES} : new Object[0];
            return refused(new InputProblem(line, FILE, upload.problem().messageKey(), arguments));
        }
        List<CsvReader.Record> records = upload.records();
        if (!records.get(0).names().equals(COLUMNS)) {
            return refused(new InputProblem(1, FILE, "csv.header", String.join(",", COLUMNS)));
        }
        List<CsvReader.Record> data = records.subList(1, records.size()).stream()
                .filter(r -> !r.isBlank()).toList();
        if (data.isEmpty()) {
            return refused(new InputProblem(0, FILE, "csv.noRows"));
        }
        if (data.size() > MAX_ROWS) {
            return refused(new InputProblem(0, FILE, "csv.tooManyRows", data.size(), MAX_ROWS));
        }

        List<Row> rows = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        Map<String, Integer> firstLineOfCode = new HashMap<>();
        for (CsvReader.Record record : data) {
            List<InputProblem> rowProblems = new ArrayList<>();
            OffenceLine offence = readRow(record, countryCode, firstLineOfCode, rowProblems);
            if (rowProblems.isEmpty()) {
                rows.add(new Row(record.line(), offence));
            }
            problems.addAll(rowProblems);
        }
        problems.sort(Comparator.comparingInt(InputProblem::line));
        return new ParseResult(rows, problems);
    }

    private static OffenceLine readRow(CsvReader.Record record, String countryCode,
            Map<String, Integer> firstLineOfCode, List<InputProblem> problems) {
        int line = record.line();
        if (record.problem() != null) {
            problems.add(new InputProblem(line, ROW, record.problem().messageKey()));
            return null;
        }
        int width = record.width(COLUMNS.size());
        if (width != COLUMNS.size()) {
            problems.add(new InputProblem(line, ROW, "csv.columnCount", width, COLUMNS.size()));
            return null;
        }

        Cells cells = new Cells(record.cells(), line, problems);
        String code = cells.required(0);
        if (code != null) {
            code = checkedCode(code, countryCode, line, firstLineOfCode, problems);
        }
        String statute = cells.text(1, STATUTE_MAX_LENGTH);
        String name = cells.text(2, NAME_MAX_LENGTH);
        String penaltyText = cells.optional(3);
        Integer penalty = null;
        if (penaltyText != null) {
            penalty = YEARS.matcher(penaltyText).matches() ? Integer.valueOf(penaltyText) : null;
            if (penalty == null || penalty < 1 || penalty > PENALTY_MAX_YEARS) { // the table refuses 0 years too
                cells.problem(3, "offence.csv.badPenalty", penaltyText, PENALTY_MAX_YEARS);
                penalty = null;
            }
        }
        String lifeText = cells.required(4);
        Boolean life = lifeText == null ? null : YES_NO.get(lifeText.toLowerCase(Locale.ROOT));
        if (lifeText != null && life == null) {
            cells.problem(4, "offence.csv.badYesNo", lifeText);
        }
        // a penalty that could not be read was already reported; an empty one is fine only with life
        if (penaltyText == null && Boolean.FALSE.equals(life)) {
            problems.add(new InputProblem(line, FIELDS.get(3), "offence.csv.penaltyMissing", COLUMNS.get(3),
                    COLUMNS.get(4)));
        }
        OffenceCategory category = cells.value(5, "offence.csv.badCategory",
                v -> OffenceCategory.valueOf(v.toUpperCase(Locale.ROOT)), CATEGORY_NAMES);
        LocalDate effectiveFrom = cells.value(6, "csv.badDate", LocalDate::parse);

        return problems.isEmpty() ? new OffenceLine(code, statute, name, penalty, life, category, effectiveFrom)
                : null;
    }

    /** The code if it is well formed, of the country and new in this file; else null, with the problem. */
    private static String checkedCode(String code, String countryCode, int line, Map<String, Integer> firstLineOfCode,
            List<InputProblem> problems) {
        String column = COLUMNS.get(0);
        String field = FIELDS.get(0);
        if (!OFFENCE_CODE.matcher(code).matches()) {
            problems.add(new InputProblem(line, field, "offence.csv.badCode", column, shown(code)));
            return null;
        }
        if (!code.startsWith(countryCode + "-")) {
            problems.add(new InputProblem(line, field, "offence.csv.otherCountry", column, code, countryCode));
            return null;
        }
        Integer firstLine = firstLineOfCode.putIfAbsent(code, line);
        if (firstLine != null) {
            problems.add(new InputProblem(line, field, "offence.csv.duplicate", column, code, Integer.toString(firstLine))); // a line number: no digit grouping
            return null;
        }
        return code;
    }

    /** The cells of one row, stripped, each problem added to the row's problems with its column. */
    private static final class Cells {

        private final List<String> cells;
        private final int line;
        private final List<InputProblem> problems;

        Cells(List<String> cells, int line, List<InputProblem> problems) {
            this.cells = cells;
            this.line = line;
            this.problems = problems;
        }

        String optional(int column) {
            String value = cells.get(column).strip();
            return value.isEmpty() ? null : value;
        }

        String required(int column) {
            String value = optional(column);
            if (value == null) {
                problems.add(new InputProblem(line, FIELDS.get(column), "offence.csv.missing", COLUMNS.get(column)));
            }
            return value;
        }

        /** Required free text of at most {@code maxLength} characters (as the database counts them). */
        String text(int column, int maxLength) {
            String value = required(column);
            if (value == null) {
                return null;
            }
            int length = value.codePointCount(0, value.length());
            if (length > maxLength) {
                problems.add(new InputProblem(line, FIELDS.get(column), "offence.csv.tooLong", COLUMNS.get(column),
                        length, maxLength));
                return null;
            }
            return value;
        }

        /** A required value, read by {@code parser}; {@code hint} is a further message argument. */
        <T> T value(int column, String problemKey, Function<String, T> parser, Object... hint) {
            String value = required(column);
            if (value == null) {
                return null;
            }
            try {
                return Objects.requireNonNull(parser.apply(value));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                problem(column, problemKey, value, hint);
                return null;
            }
        }

        /** Arguments: the column name, the value as written (shortened), then {@code more}. */
        void problem(int column, String problemKey, String value, Object... more) {
            Object[] arguments = new Object[2 + more.length];
            arguments[0] = COLUMNS.get(column);
            arguments[1] = shown(value);
            System.arraycopy(more, 0, arguments, 2, more.length);
            problems.add(new InputProblem(line, FIELDS.get(column), problemKey, arguments));
        }
    }

    private static String shown(String value) {
        return value.length() <= SHOWN_VALUE_MAX ? value : value.substring(0, SHOWN_VALUE_MAX) + "\u2026";
    }

    private static ParseResult refused(InputProblem problem) {
        return new ParseResult(List.of(), List.of(problem));
    }
}

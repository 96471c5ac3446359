package org.euc.portal.ledger.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.euc.portal.certificate.domain.TerroristAct;
import org.euc.portal.common.csv.CsvReader;
import org.euc.portal.ledger.domain.AuthorizationInput;
import org.euc.portal.ledger.domain.AuthorizationKind;
import org.euc.portal.ledger.domain.EntryType;
import org.euc.portal.common.domain.InputProblem;
import org.euc.portal.ledger.domain.LedgerChannel;
import org.euc.portal.ledger.domain.LedgerEntryView;
import org.junit.jupiter.api.Test;

class LedgerCsvTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);
    private static final String HEADER = String.join(",", LedgerCsv.UPLOAD_COLUMNS);
    private static final String GOOD_ROW =
            "ORD-1,Examplia High Court,JUDICIAL_ORDER,,2026-03-01,2026-03-02,2026-03-31,2026-03-05,2026-03-10,"
                    + "ATTACK_ON_LIFE,,3,OP-NIGHTJAR";

    private final LedgerCsv csv = new LedgerCsv();

    @Test
    void aGoodFileParsesEveryRowWithItsLine() {
        String file = HEADER + "\r\n" + GOOD_ROW + "\r\n"
                + "ORD-2,Examplia Prosecutor,OTHER_AUTHORIZATION,Security Act s. 9,2026-03-03,2026-03-03,2026-03-20,"
                + "2026-03-04,2026-03-04,,XA-PC-211,12,\r\n";

        LedgerCsv.ParseResult result = parse(file);

        assertEquals(List.of(), result.problems());
        assertEquals(2, result.rows().size());
        assertEquals(new LedgerCsv.Row(2, new AuthorizationInput("ORD-1", "Examplia High Court",
                AuthorizationKind.JUDICIAL_ORDER, null, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 31), LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 10),
                TerroristAct.ATTACK_ON_LIFE, null, 3, "OP-NIGHTJAR")), result.rows().get(0));
        assertEquals(new LedgerCsv.Row(3, new AuthorizationInput("ORD-2", "Examplia Prosecutor",
                AuthorizationKind.OTHER_AUTHORIZATION, "Security Act s. 9", LocalDate.of(2026, 3, 3),
                LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 4),
                LocalDate.of(2026, 3, 4), null, "XA-PC-211", 12, null)), result.rows().get(1));
    }

    @Test
    void threeBadRowsAreReportedByLineWithTheirReasonsAndGoodRowsAreNot() {
        String file = String.join("\n",
                HEADER,
                GOOD_ROW,                                                                        // 2
                GOOD_ROW.replace("2026-03-01", "2026-02-30"),                                    // 3: no such day
                GOOD_ROW,                                                                        // 4
                GOOD_ROW.replace("JUDICIAL_ORDER", "WARRANT").replace(",3,", ",many,"),          // 5: kind, targets
                GOOD_ROW.replace("ATTACK_ON_LIFE,", "ATTACK_ON_LIFE,XA-PC-211"),                 // 6: two bases
                GOOD_ROW) + "\n";                                                               // 7

        LedgerCsv.ParseResult result = parse(file);

        Map<Integer, List<String>> byLine = new TreeMap<>(result.problems().stream().collect(Collectors.groupingBy(
                InputProblem::line, Collectors.mapping(p -> p.field() + " " + p.messageKey(), Collectors.toList()))));
        assertEquals(Map.of(
                3, List.of("issuedOn csv.badDate"),
                5, List.of("kind ledger.csv.badKind", "targets ledger.csv.badNumber"),
                6, List.of("offenceCode ledger.problem.legalBasisTwice")), byLine);
        assertArrayEquals(new Object[] {"issued_on", "2026-02-30"}, problemAt(result, 3).arguments());
        assertArrayEquals(new Object[] {"kind", "WARRANT"}, problemAt(result, 5).arguments());
        // rows whose values could all be read are returned (row 6 only fails validation)
        assertEquals(List.of(2, 4, 6, 7), result.rows().stream().map(LedgerCsv.Row::line).toList());
    }

    @Test
    void aCellThatCannotBeReadIsNotAlsoReportedAsMissing() {
        LedgerCsv.ParseResult result = parse(HEADER + "\n" + GOOD_ROW.replace("2026-03-05", "5 March") + "\n");
        assertEquals(List.of("usedFrom csv.badDate"),
                result.problems().stream().map(p -> p.field() + " " + p.messageKey()).toList());
    }

    @Test
    void validationRunsWithTheRecordingDay() {
        String row = GOOD_ROW.replace("2026-03-01", "2026-03-21").replace("2026-03-31", "2026-04-30");
        LedgerCsv.ParseResult result = parse(HEADER + "\n" + row + "\n");
        assertEquals(List.of("2 issuedOn ledger.problem.issuedInFuture"),
                result.problems().stream().map(p -> p.line() + " " + p.field() + " " + p.messageKey()).toList());
    }

    @Test
    void quotedCellsKeepCommasQuotesAndLineBreaksAndLinesCountFromTheRowsFirstLine() {
        String file = HEADER + "\r\n"
                + "\"ORD-1, part \"\"A\"\"\",\"Court of\r\nAppeal, 2nd chamber\",JUDICIAL_ORDER,,2026-03-01,2026-03-02,"
                + "2026-03-31,2026-03-05,2026-03-10,1,,3,\r\n"
                + GOOD_ROW.replace(",3,", ",0,") + "\r\n";

        LedgerCsv.ParseResult result = parse(file);

        AuthorizationInput first = result.rows().get(0).input();
        assertEquals("ORD-1, part \"A\"", first.orderReference());
        assertEquals("Court of\nAppeal, 2nd chamber", first.issuingAuthority());
        assertEquals(2, result.rows().get(0).line());
        // the quoted line break makes the next row start on line 4
        assertEquals(List.of("4 targets ledger.problem.targetsRange"),
                result.problems().stream().map(p -> p.line() + " " + p.field() + " " + p.messageKey()).toList());
    }

    @Test
    void anUnterminatedQuoteOrAStrayQuoteIsAProblemOfItsRow() {
        LedgerCsv.ParseResult unterminated = parse(HEADER + "\n" + GOOD_ROW + "\n" + "\"ORD-2,Court\n" + GOOD_ROW + "\n");
        assertEquals(List.of("3 row csv.unterminatedQuote"), describe(unterminated));

        LedgerCsv.ParseResult stray = parse(HEADER + "\n" + GOOD_ROW.replace("ORD-1", "ORD \"1\"") + "\n"
                + GOOD_ROW.replace("ORD-1", "\"ORD\"-1") + "\n" + GOOD_ROW + "\n");
        assertEquals(List.of("2 row csv.badQuoting", "3 row csv.badQuoting"), describe(stray));
        assertEquals(List.of(4), stray.rows().stream().map(LedgerCsv.Row::line).toList());
    }

    @Test
    void aRowWithTooFewOrTooManyColumnsSaysHowMany() {
        LedgerCsv.ParseResult result = parse(HEADER + "\n" + "ORD-1,Court,JUDICIAL_ORDER\n" + GOOD_ROW + ",extra\n"
                + GOOD_ROW + ",,\n");
        assertEquals(List.of("2 row csv.columnCount", "3 row csv.columnCount"), describe(result));
        assertArrayEquals(new Object[] {3, 13}, result.problems().get(0).arguments());
        assertArrayEquals(new Object[] {14, 13}, result.problems().get(1).arguments());
        // trailing empty cells a spreadsheet adds are harmless
        assertEquals(List.of(4), result.rows().stream().map(LedgerCsv.Row::line).toList());
    }

    @Test
    void aByteOrderMarkAndBlankLinesAreTolerated() {
        String file = "\uFEFF" + HEADER + "\n" + GOOD_ROW + "\n\n" + ",,,,,,,,,,,,\n" + GOOD_ROW;
        LedgerCsv.ParseResult result = parse(file);
        assertEquals(List.of(), result.problems());
        assertEquals(List.of(2, 5), result.rows().stream().map(LedgerCsv.Row::line).toList());
    }

    @Test
    void theTerroristActMayBeGivenByItsNumberOrItsNameInAnyCase() {
        LedgerCsv.ParseResult result = parse(HEADER + "\n"
                + GOOD_ROW.replace("ATTACK_ON_LIFE", "9") + "\n"
                + GOOD_ROW.replace("ATTACK_ON_LIFE", "weapons").replace("JUDICIAL_ORDER", "judicial_order") + "\n"
                + GOOD_ROW.replace("ATTACK_ON_LIFE", "10") + "\n"
                + GOOD_ROW.replace("ATTACK_ON_LIFE", "0") + "\n");
        assertEquals(TerroristAct.THREAT_TO_COMMIT, result.rows().get(0).input().terroristAct());
        assertEquals(TerroristAct.WEAPONS, result.rows().get(1).input().terroristAct());
        assertEquals(AuthorizationKind.JUDICIAL_ORDER, result.rows().get(1).input().kind());
        assertEquals(List.of("4 terroristAct ledger.csv.badTerroristAct", "5 terroristAct ledger.csv.badTerroristAct"),
                describe(result));
    }

    @Test
    void wholeFileProblemsComeAloneWithoutRows() {
        assertEquals(List.of("1 file csv.empty"), describe(parse("")));
        assertEquals(List.of("1 file csv.empty"), describe(parse("\uFEFF\r\n")));
        assertEquals(List.of("1 file csv.header"), describe(parse(GOOD_ROW + "\n" + GOOD_ROW + "\n")));
        assertEquals(List.of("1 file csv.header"),
                describe(parse(HEADER.replace(",targets", "") + "\n" + GOOD_ROW + "\n")));
        assertEquals(List.of("1 file ledger.csv.exportNotImportable"),
                describe(parse(String.join(",", LedgerCsv.EXPORT_COLUMNS) + "\n")));
        assertArrayEquals(new Object[] {HEADER}, parse("a,b\n").problems().get(0).arguments());

        byte[] latin1 = (HEADER + "\n" + GOOD_ROW.replace("Examplia", "Cour d'appel de Li\u00e8ge") + "\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(List.of("0 file csv.notUtf8"), describe(csv.parse(new ByteArrayInputStream(latin1), TODAY)));
    }

    @Test
    void headerNamesAreReadWithoutRegardToCaseOrSurroundingSpaces() {
        String header = Arrays.stream(HEADER.split(",")).map(c -> " " + c.toUpperCase() + " ").collect(Collectors.joining(","));
        assertEquals(List.of(), parse(header + "\n" + GOOD_ROW + "\n").problems());
    }

    @Test
    void atMost5000Rows() {
        String rows5000 = (GOOD_ROW + "\n").repeat(5000);
        LedgerCsv.ParseResult full = parse(HEADER + "\n" + rows5000);
        assertEquals(List.of(), full.problems());
        assertEquals(5000, full.rows().size());

        LedgerCsv.ParseResult tooMany = parse(HEADER + "\n" + rows5000 + GOOD_ROW + "\n");
        assertEquals(List.of("0 file csv.tooManyRows"), describe(tooMany));
        assertArrayEquals(new Object[] {5001, 5000}, tooMany.problems().get(0).arguments());
        assertEquals(List.of(), tooMany.rows());
    }

    @Test
    void atMostTwoMegabytes() {
        String padded = HEADER + "\n" + GOOD_ROW + "\n";
        String atLimit = padded + " ".repeat(LedgerCsv.MAX_BYTES - padded.length());
        assertEquals(List.of(), parse(atLimit).problems());

        LedgerCsv.ParseResult tooLarge = parse(atLimit + " ");
        assertEquals(List.of("0 file csv.tooLarge"), describe(tooLarge));
        assertArrayEquals(new Object[] {2}, tooLarge.problems().get(0).arguments());
    }

    // ----- export -----

    @Test
    void exportWritesEveryColumnAndReadsBackExactly() {
        LedgerEntryView tricky = entry("ORD, \"special\"", "Cour d'appel\nde Li\u00e8ge \u2014 \u0421\u0443\u0434",
                " padded ", "Act 1 \u2014 attack on life");
        LedgerEntryView plain = entry("ORD-2", "Court", null, "XA-PC-211 Murder");

        String text = export(List.of(tricky, plain));

        assertTrue(text.startsWith("\uFEFF" + String.join(",", LedgerCsv.EXPORT_COLUMNS) + "\r\n"), text);
        List<CsvReader.Record> records = CsvReader.records(text);
        assertEquals(3, records.size());
        assertEquals(LedgerCsv.EXPORT_COLUMNS, records.get(0).cells());
        assertEquals(List.of("17", "EUC-2026-0007", "MOI", "XA", "4", "CORRECTION", "2", "wrong date, fixed",
                "ORD, \"special\"", "Cour d'appel\nde Li\u00e8ge \u2014 \u0421\u0443\u0434", "OTHER_AUTHORIZATION",
                "Security Act s. 9", "2026-03-01", "2026-03-02", "2026-03-31", "2026-03-05", "2026-03-10",
                "Act 1 \u2014 attack on life", "3", " padded ", "9f86d081884c7d65", "2026-03-02T10:15:30.123456Z",
                "importer.moi", "CSV", "2", "ab34"), records.get(1).cells());
        assertEquals("", records.get(2).cells().get(19), "an absent value is an empty cell");
    }

    @Test
    void exportedCellsCannotRunAsFormulas() {
        LedgerEntryView formulas = entry("=HYPERLINK(\"http://evil\",\"x\")", "+1 Court", "-2+3", "@SUM(A1)");

        List<String> cells = CsvReader.records(export(List.of(formulas))).get(1).cells();

        assertEquals("'=HYPERLINK(\"http://evil\",\"x\")", cells.get(8));
        assertEquals("'+1 Court", cells.get(9));
        assertEquals("'-2+3", cells.get(19));
        assertEquals("'@SUM(A1)", cells.get(17));
        assertEquals("Security Act s. 9", cells.get(11), "ordinary text is not touched");
    }

    @Test
    void theUploadFormatIsReadVerbatimSoAFormulaLikeReferenceSurvives() {
        LedgerCsv.ParseResult result = parse(HEADER + "\n" + GOOD_ROW.replace("ORD-1", "-ORD-1").replace("OP-NIGHTJAR",
                "=OP") + "\n");
        assertEquals("-ORD-1", result.rows().get(0).input().orderReference());
        assertEquals("=OP", result.rows().get(0).input().operationReference());
    }

    private LedgerCsv.ParseResult parse(String file) {
        return csv.parse(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), TODAY);
    }

    private String export(List<LedgerEntryView> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        csv.write(entries, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static InputProblem problemAt(LedgerCsv.ParseResult result, int line) {
        return result.problems().stream().filter(p -> p.line() == line).findFirst().orElseThrow();
    }

    private static List<String> describe(LedgerCsv.ParseResult result) {
        return result.problems().stream().map(p -> p.line() + " " + p.field() + " " + p.messageKey()).toList();
    }

    private static LedgerEntryView entry(String orderReference, String authority, String operationReference,
            String legalBasis) {
        return new LedgerEntryView(17, "EUC-2026-0007", "MOI", "XA", 4, EntryType.CORRECTION, 2, "wrong date, fixed",
                orderReference, authority, AuthorizationKind.OTHER_AUTHORIZATION, "Security Act s. 9",
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 3, 5),
                LocalDate.of(2026, 3, 10), legalBasis, 3, operationReference, "9f86d081884c7d65",
                Instant.parse("2026-03-02T10:15:30.123456Z"), "importer.moi", LedgerChannel.CSV, 2, "ab34", null);
    }
}

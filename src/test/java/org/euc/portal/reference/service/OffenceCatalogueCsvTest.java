package org.euc.portal.reference.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.euc.portal.common.domain.InputProblem;
import org.euc.portal.reference.domain.Offence;
import org.euc.portal.reference.domain.OffenceCategory;
import org.euc.portal.reference.service.OffenceCatalogueCsv.OffenceLine;
import org.euc.portal.reference.service.OffenceCatalogueCsv.ParseResult;
import org.euc.portal.reference.service.OffenceCatalogueCsv.Row;
import org.junit.jupiter.api.Test;

class OffenceCatalogueCsvTest {

    private static final String HEADER = "offence_code,statute,name,max_penalty_years,life_imprisonment,category,"
            + "effective_from";
    private static final String MURDER = "XA-PC-211,Penal Code art. 211,Murder,,true,VIOLENCE,2020-01-01";
    private static final String FRAUD = "XA-PC-286,Penal Code art. 286,Fraud,8,no,FINANCIAL,2021-07-01";

    private final OffenceCatalogueCsv csv = new OffenceCatalogueCsv();

    @Test
    void aGoodFileGivesEveryOffenceWithItsLine() {
        ParseResult result = parse(HEADER + "\r\n" + MURDER + "\r\n" + FRAUD + "\r\n"
                + "XA-DRUG.12-B,Drugs Act s. 12,Trafficking,12,0,drugs,2019-03-31\r\n");

        assertEquals(List.of(), result.problems());
        assertTrue(result.isClean());
        assertEquals(List.of(
                new Row(2, new OffenceLine("XA-PC-211", "Penal Code art. 211", "Murder", null, true,
                        OffenceCategory.VIOLENCE, LocalDate.of(2020, 1, 1))),
                new Row(3, new OffenceLine("XA-PC-286", "Penal Code art. 286", "Fraud", 8, false,
                        OffenceCategory.FINANCIAL, LocalDate.of(2021, 7, 1))),
                new Row(4, new OffenceLine("XA-DRUG.12-B", "Drugs Act s. 12", "Trafficking", 12, false,
                        OffenceCategory.DRUGS, LocalDate.of(2019, 3, 31)))), result.rows());
    }

    @Test
    void badRowsAreReportedByLineWithTheirColumnAndValueAndOnlyGoodRowsAreReturned() {
        String file = String.join("\n",
                HEADER,
                MURDER,                                                                   // 2
                FRAUD.replace(",8,", ",eight,"),                                          // 3
                FRAUD.replace("XA-PC-286", "XA-PC-287").replace("no,", "perhaps,"),       // 4
                FRAUD.replace("XA-PC-286", "XA-PC-288").replace("FINANCIAL", "TAXES"),    // 5
                FRAUD.replace("XA-PC-286", "XA-PC-289").replace("2021-07-01", "2021-02-30"), // 6
                FRAUD.replace("XA-PC-286", "xa-pc-290"),                                  // 7
                FRAUD.replace("XA-PC-286", "XA-PC-291").replace(",8,", ",100,"),          // 8
                ",,Nameless,5,no,OTHER,2020-01-01",                                       // 9
                "XA-PC-1,Code,Short row",                                                 // 10
                FRAUD.replace("XA-PC-286", "XA-PC-292")) + "\n";                          // 11

        ParseResult result = parse(file);

        assertEquals(List.of(
                "3 maxPenaltyYears offence.csv.badPenalty",
                "4 lifeImprisonment offence.csv.badYesNo",
                "5 category offence.csv.badCategory",
                "6 effectiveFrom csv.badDate",
                "7 offenceCode offence.csv.badCode",
                "8 maxPenaltyYears offence.csv.badPenalty",
                "9 offenceCode offence.csv.missing",
                "9 statute offence.csv.missing",
                "10 row csv.columnCount"), describe(result));
        assertArrayEquals(new Object[] {"max_penalty_years", "eight", 99}, problemAt(result, 3).arguments());
        assertArrayEquals(new Object[] {"life_imprisonment", "perhaps"}, problemAt(result, 4).arguments());
        assertArrayEquals(new Object[] {"category", "TAXES", "VIOLENCE, ORGANISED_CRIME, DRUGS, ARMS, CYBER, "
                + "FINANCIAL, SEXUAL_EXPLOITATION, HUMAN_TRAFFICKING, PROPERTY, PUBLIC_ORDER, EXPRESSION, OTHER"},
                problemAt(result, 5).arguments());
        assertArrayEquals(new Object[] {"effective_from", "2021-02-30"}, problemAt(result, 6).arguments());
        assertArrayEquals(new Object[] {"offence_code", "xa-pc-290"}, problemAt(result, 7).arguments());
        assertArrayEquals(new Object[] {"offence_code"}, problemAt(result, 9).arguments());
        assertArrayEquals(new Object[] {3, 7}, problemAt(result, 10).arguments());
        assertEquals(List.of(2, 11), lines(result));
        assertFalse(result.isClean());
    }

    @Test
    void everyCodeMustBeOfTheCountryTheCatalogueIsFor() {
        ParseResult result = parse(HEADER + "\n" + MURDER + "\n" + FRAUD.replace("XA-", "XB-") + "\n");

        assertEquals(List.of(new InputProblem(3, "offenceCode", "offence.csv.otherCountry", "offence_code",
                "XB-PC-286", "XA")), result.problems());
        assertEquals(List.of(2), lines(result));
        // the same file is fine for the other country, save the first row
        assertEquals(List.of("2 offenceCode offence.csv.otherCountry"),
                describe(csv.parse(stream(HEADER + "\n" + MURDER + "\n" + FRAUD.replace("XA-", "XB-")), "XB")));
    }

    @Test
    void aCountryCodeIsRequiredToParse() {
        assertThrows(IllegalArgumentException.class, () -> csv.parse(stream(HEADER + "\n" + MURDER), "xa"));
        assertThrows(IllegalArgumentException.class, () -> csv.parse(stream(HEADER + "\n" + MURDER), null));
    }

    @Test
    void theCodePatternIsTwoLettersAHyphenAndUpTo36LettersDigitsDotsOrHyphens() {
        String longest = "XA-" + "A".repeat(36);
        ParseResult result = parse(HEADER + "\n"
                + MURDER.replace("XA-PC-211", longest) + "\n"
                + MURDER.replace("XA-PC-211", longest + "B") + "\n"
                + MURDER.replace("XA-PC-211", "XA-") + "\n"
                + MURDER.replace("XA-PC-211", "XA-PC 211") + "\n"
                + MURDER.replace("XA-PC-211", "XA_PC_211") + "\n");

        assertEquals(List.of(2), lines(result));
        assertEquals(List.of("3 offenceCode offence.csv.badCode", "4 offenceCode offence.csv.badCode",
                "5 offenceCode offence.csv.badCode", "6 offenceCode offence.csv.badCode"), describe(result));
    }

    @Test
    void aCodeRepeatedInTheFileIsAnErrorOnTheSecondLineNamingTheFirst() {
        ParseResult result = parse(HEADER + "\n" + MURDER + "\n" + FRAUD + "\n"
                + MURDER.replace("Murder", "Murder (new wording)") + "\n");

        assertEquals(List.of(new InputProblem(4, "offenceCode", "offence.csv.duplicate", "offence_code", "XA-PC-211",
                "2")), result.problems());
        assertEquals(List.of(2, 3), lines(result));
    }

    @Test
    void lifeImprisonmentNeedsNoPenaltyInYearsButAnythingElseDoes() {
        ParseResult result = parse(String.join("\n",
                HEADER,
                MURDER,                                                                    // 2: life, no years
                MURDER.replace("XA-PC-211", "XA-PC-212").replace(",,true,", ",30,yes,"),   // 3: life and years
                FRAUD.replace(",8,no,", ",,no,"),                                          // 4: neither
                FRAUD.replace("XA-PC-286", "XA-PC-300").replace(",8,no,", ",1,FALSE,"),    // 5: 1 year, no life
                FRAUD.replace("XA-PC-286", "XA-PC-301").replace(",8,no,", ",,,"),          // 6: life not said
                FRAUD.replace("XA-PC-286", "XA-PC-302").replace(",8,no,", ",0,no,")));     // 7: 0 years is no penalty

        assertEquals(List.of(2, 3, 5), lines(result));
        assertEquals(Integer.valueOf(30), result.rows().get(1).offence().maxPenaltyYears());
        assertTrue(result.rows().get(1).offence().lifeImprisonment());
        assertEquals(Integer.valueOf(1), result.rows().get(2).offence().maxPenaltyYears());
        assertEquals(List.of("4 maxPenaltyYears offence.csv.penaltyMissing", "6 lifeImprisonment offence.csv.missing",
                "7 maxPenaltyYears offence.csv.badPenalty"),
                describe(result));
        assertArrayEquals(new Object[] {"max_penalty_years", "life_imprisonment"}, problemAt(result, 4).arguments());
    }

    @Test
    void statuteAndNameHaveMaximumLengthsInCharacters() {
        String statute200 = "\u00a7".repeat(200);
        String name300 = "\u00e9".repeat(300);
        ParseResult result = parse(HEADER + "\n"
                + "XA-1," + statute200 + "," + name300 + ",10,no,ARMS,2020-01-01\n"
                + "XA-2," + statute200 + "x," + name300 + ",10,no,ARMS,2020-01-01\n"
                + "XA-3," + statute200 + "," + name300 + "x,10,no,ARMS,2020-01-01\n");

        assertEquals(List.of(2), lines(result));
        assertEquals(List.of(new InputProblem(3, "statute", "offence.csv.tooLong", "statute", 201, 200),
                new InputProblem(4, "name", "offence.csv.tooLong", "name", 301, 300)), result.problems());
    }

    @Test
    void quotedFieldsMayHoldCommasQuotesAndLineBreaksAndLinesCountFromTheRowsFirstLine() {
        ParseResult result = parse(HEADER + "\r\n"
                + "\"XA-PC-211\",\"Penal Code, art. 211 \"\"(as amended)\"\"\",\"Murder\r\nof a person\",,true,"
                + "VIOLENCE,2020-01-01\r\n"
                + FRAUD.replace("FINANCIAL", "TAXES") + "\r\n");

        OffenceLine first = result.rows().get(0).offence();
        assertEquals("Penal Code, art. 211 \"(as amended)\"", first.statute());
        assertEquals("Murder\nof a person", first.name());
        assertEquals(List.of("4 category offence.csv.badCategory"), describe(result));
    }

    @Test
    void valuesAreStrippedAndCategoriesAndYesNoReadInAnyCase() {
        ParseResult result = parse(HEADER + "\n"
                + " XA-PC-286 , Penal Code art. 286 , Fraud , 8 , Yes , financial , 2021-07-01 \n");

        assertEquals(List.of(), result.problems());
        assertEquals(new OffenceLine("XA-PC-286", "Penal Code art. 286", "Fraud", 8, true, OffenceCategory.FINANCIAL,
                LocalDate.of(2021, 7, 1)), result.rows().get(0).offence());
    }

    @Test
    void badQuotingIsAProblemOfItsRow() {
        ParseResult result = parse(HEADER + "\n" + MURDER.replace("Murder", "\"Murder\" case") + "\n" + FRAUD + "\n"
                + "\"XA-PC-9,never closed\n");

        assertEquals(List.of("2 row csv.badQuoting", "4 row csv.unterminatedQuote"), describe(result));
        assertEquals(List.of(3), lines(result));
    }

    @Test
    void theHeaderMustBeExactlyTheColumnsInAnyCaseAndSpacing() {
        assertEquals(List.of(), parse(HEADER.toUpperCase().replace(",", " , ") + "\n" + MURDER + "\n").problems());
        assertEquals(List.of(), parse("\uFEFF" + HEADER + "\n" + MURDER).problems());

        ParseResult missingColumn = parse(HEADER.replace(",statute", "") + "\n" + MURDER + "\n");
        assertEquals(List.of(new InputProblem(1, "file", "csv.header", HEADER)), missingColumn.problems());
        assertEquals(List.of(), missingColumn.rows());
        assertEquals(List.of("1 file csv.header"), describe(parse(MURDER + "\n" + FRAUD + "\n")));
        assertEquals(List.of("1 file csv.header"),
                describe(parse(HEADER.replace("name,max_penalty_years", "max_penalty_years,name") + "\n" + MURDER)));
    }

    @Test
    void wholeFileProblemsComeAloneWithoutRows() {
        assertEquals(List.of("1 file csv.empty"), describe(parse("")));
        assertEquals(List.of("0 file csv.noRows"), describe(parse(HEADER + "\r\n\r\n")));
        assertEquals(List.of("0 file csv.notUtf8"), describe(csv.parse(new ByteArrayInputStream(
                (HEADER + "\n" + MURDER.replace("Murder", "Meurtre pr\u00e9m\u00e9dit\u00e9")).getBytes(
                        StandardCharsets.ISO_8859_1)), "XA")));
    }

    @Test
    void atMost5000RowsAndTwoMegabytes() {
        StringBuilder rows = new StringBuilder(HEADER).append('\n');
        for (int i = 1; i <= 5000; i++) {
            rows.append("XA-").append(i).append(",Code,Offence,10,no,OTHER,2020-01-01\n");
        }
        assertEquals(5000, parse(rows.toString()).rows().size());

        ParseResult tooMany = parse(rows + "XA-5001,Code,Offence,10,no,OTHER,2020-01-01\n");
        assertEquals(List.of(new InputProblem(0, "file", "csv.tooManyRows", 5001, 5000)), tooMany.problems());
        assertEquals(List.of(), tooMany.rows());

        String file = HEADER + "\n" + MURDER + "\n";
        String atLimit = file + " ".repeat(OffenceCatalogueCsv.MAX_BYTES - file.length());
        assertTrue(parse(atLimit).isClean());
        assertEquals(List.of(new InputProblem(0, "file", "csv.tooLarge", 2)), parse(atLimit + " ").problems());
    }

    @Test
    void aLineBecomesAnOffenceOfTheCatalogue() {
        OffenceLine line = parse(HEADER + "\n" + FRAUD + "\n").rows().get(0).offence();
        Instant now = Instant.parse("2026-03-20T10:00:00Z");

        Offence offence = line.toOffence("XA", "admin.eu", now);

        assertEquals("XA", offence.getCountryCode());
        assertEquals("XA-PC-286", offence.getOffenceCode());
        assertEquals(Integer.valueOf(8), offence.getMaxPenaltyYears());
        assertEquals(OffenceCategory.FINANCIAL, offence.getCategory());
        assertEquals(LocalDate.of(2021, 7, 1), offence.getEffectiveFrom());
        assertEquals("admin.eu", offence.getRecordedBy());
        assertEquals(now, offence.getRecordedAt());
    }

    private ParseResult parse(String file) {
        return csv.parse(stream(file), "XA");
    }

    private static ByteArrayInputStream stream(String file) {
        return new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Integer> lines(ParseResult result) {
        return result.rows().stream().map(Row::line).toList();
    }

    private static InputProblem problemAt(ParseResult result, int line) {
        return result.problems().stream().filter(p -> p.line() == line).findFirst().orElseThrow();
    }

    private static List<String> describe(ParseResult result) {
        return result.problems().stream().map(p -> p.line() + " " + p.field() + " " + p.messageKey()).toList();
    }
}

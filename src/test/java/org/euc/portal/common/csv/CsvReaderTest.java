package org.euc.portal.common.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.euc.portal.common.csv.CsvReader.FileProblem;
import org.euc.portal.common.csv.CsvReader.QuotingProblem;
import org.euc.portal.common.csv.CsvReader.Record;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void splitsRecordsAndCellsWithCrlfLfOrCrLineEnds() {
        List<Record> records = CsvReader.records("a,b,c\r\nd,,f\ng,h\ri,j");

        assertEquals(List.of(
                new Record(1, List.of("a", "b", "c"), null),
                new Record(2, List.of("d", "", "f"), null),
                new Record(3, List.of("g", "h"), null),
                new Record(4, List.of("i", "j"), null)), records);
    }

    @Test
    void quotedCellsKeepCommasDoubledQuotesAndLineBreaksAndTheNextRecordKnowsItsLine() {
        List<Record> records = CsvReader.records("\"x, \"\"y\"\"\",\"two\r\nlines\",\"\"\r\nnext,row\r\n");

        assertEquals(new Record(1, List.of("x, \"y\"", "two\nlines", ""), null), records.get(0));
        assertEquals(new Record(3, List.of("next", "row"), null), records.get(1));
        assertEquals(2, records.size(), "a final line break does not start an empty record");
    }

    @Test
    void cellsAreKeptAsWrittenWithTheirSpaces() {
        assertEquals(List.of(" a ", "\" b \"", ""), CsvReader.records(" a ,\"\"\" b \"\"\",").get(0).cells());
    }

    @Test
    void anUnterminatedQuoteSwallowsTheRestAndIsAProblemOfTheRecordWhereItStarts() {
        List<Record> records = CsvReader.records("a,b\n\"open,c\nd,e\n");

        assertEquals(2, records.size());
        assertEquals(2, records.get(1).line());
        assertEquals(QuotingProblem.UNTERMINATED_QUOTE, records.get(1).problem());
        assertEquals("csv.unterminatedQuote", records.get(1).problem().messageKey());
    }

    @Test
    void aStrayQuoteOrTextAfterAClosingQuoteIsBadQuotingButReadingGoesOn() {
        List<Record> records = CsvReader.records("a \"b\",c\n\"d\"e,f\ng,h\n");

        assertEquals(QuotingProblem.BAD_QUOTING, records.get(0).problem());
        assertEquals(QuotingProblem.BAD_QUOTING, records.get(1).problem());
        assertEquals(new Record(3, List.of("g", "h"), null), records.get(2));
        assertEquals("csv.badQuoting", QuotingProblem.BAD_QUOTING.messageKey());
    }

    @Test
    void blankRecordsAreEmptyLinesOrRowsOfEmptyCells() {
        List<Record> records = CsvReader.records("a\n\n , ,\n\"\"x\n");

        assertFalse(records.get(0).isBlank());
        assertTrue(records.get(1).isBlank());
        assertTrue(records.get(2).isBlank());
        assertFalse(records.get(3).isBlank(), "a badly quoted record is never taken for blank");
    }

    @Test
    void widthIgnoresBlankCellsASpreadsheetAddsAfterTheExpectedColumns() {
        Record record = new Record(1, List.of("a", "", "c", "", " "), null);
        assertEquals(3, record.width(3));
        assertEquals(4, record.width(4));
        assertEquals(4, new Record(1, List.of("a", "", "c", "x", ""), null).width(3), "a filled extra cell counts");
        assertEquals(2, new Record(1, List.of("a", ""), null).width(3), "too few stays too few");
    }

    @Test
    void namesAreStrippedAndLowerCasedForHeaderComparison() {
        assertEquals(List.of("offence_code", "name"), new Record(1, List.of(" Offence_Code ", "NAME"), null).names());
    }

    @Test
    void readDecodesStrictUtf8AndDropsAByteOrderMark() {
        CsvReader.Upload upload = read("\uFEFFna\u00efve,\u0421\u0443\u0434\r\n".getBytes(StandardCharsets.UTF_8), 100);

        assertNull(upload.problem());
        assertEquals(List.of(new Record(1, List.of("na\u00efve", "\u0421\u0443\u0434"), null)), upload.records());
    }

    @Test
    void readRefusesWholeFilesTooLargeNotUtf8OrEmpty() {
        byte[] tenBytes = "abcdefghi\n".getBytes(StandardCharsets.UTF_8);
        assertNull(read(tenBytes, 10).problem());
        assertEquals(FileProblem.TOO_LARGE, read(tenBytes, 9).problem());
        assertEquals(List.of(), read(tenBytes, 9).records());

        assertEquals(FileProblem.NOT_UTF8, read("caf\u00e9".getBytes(StandardCharsets.ISO_8859_1), 100).problem());
        assertEquals(FileProblem.EMPTY, read(new byte[0], 100).problem());
        assertEquals(FileProblem.EMPTY, read("\uFEFF \r\n".getBytes(StandardCharsets.UTF_8), 100).problem());
        assertEquals("csv.tooLarge", FileProblem.TOO_LARGE.messageKey());
    }

    private static CsvReader.Upload read(byte[] bytes, int maxBytes) {
        return CsvReader.read(new ByteArrayInputStream(bytes), maxBytes);
    }
}

package org.euc.portal.common.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void exportsStartWithAByteOrderMarkAndEndLinesWithCrLf() {
        assertEquals("\uFEFFa,b\r\n", written(List.of("a", "b")));
    }

    @Test
    void cellsWithCommasQuotesLineBreaksOrEdgeSpacesAreQuotedAndNullIsEmpty() {
        assertEquals("\uFEFF\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" padded\",\r\n",
                written(Arrays.asList("a,b", "say \"hi\"", "two\nlines", " padded", null)));
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasBecomeText() {
        assertEquals("\uFEFF'=HYPERLINK(1),'+1,'-2,'@SUM(A1),plain\r\n",
                written(List.of("=HYPERLINK(1)", "+1", "-2", "@SUM(A1)", "plain")));
    }

    @Test
    void enumsAreWrittenByName() {
        assertEquals("APPROVED", CsvWriter.text(Status.APPROVED));
        assertEquals(null, CsvWriter.text(null), "null stays null: the writer prints it empty");
    }

    private enum Status {
        APPROVED
    }

    private static String written(List<String> record) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvWriter(out).record(record).finish();
        return out.toString(StandardCharsets.UTF_8);
    }
}

package org.euc.portal.common.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What PdfText draws, glyph by glyph, and how it wraps: the parts a text extraction hides. */
class PdfTextTest {

    /** "Company" in Arabic: sheen, reh, kaf, teh marbuta. */
    private static final String SHARIKA = "\u0634\u0631\u0643\u0629";
    /** "The shield". */
    private static final String AL_DIR = "\u0627\u0644\u062f\u0631\u0639";
    private static final float COLUMN_X = 100;
    private static final float COLUMN_WIDTH = 200;

    private final PDDocument document = new PDDocument();
    private final PdfText pdfText = pdfText(document);

    @AfterEach
    void close() throws IOException {
        document.close();
    }

    @Test
    void embedsOnlyTheGlyphsUsedOfDejaVuSans() throws IOException {
        try (PDDocument saved = Loader.loadPDF(withLine("Ministry of Interior"))) {
            PDPage page = saved.getPage(0);
            PDFont font = page.getResources().getFont(page.getResources().getFontNames().iterator().next());
            // A subset's name carries a six-letter tag; the whole DejaVu Sans file is 740 KB.
            assertTrue(font.getName().matches("[A-Z]{6}\\+DejaVuSans"), font.getName());
            assertTrue(font.isEmbedded());
            PDStream fontFile = ((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile2();
            assertTrue(fontFile.toByteArray().length < 40_000, fontFile.toByteArray().length + " bytes embedded");
        }
    }

    @Test
    void arabicIsDrawnJoinedAndRightToLeft() throws IOException {
        // Left to right on the page: final teh marbuta, initial kaf (reh never joins to its left),
        // final reh, initial sheen. Unshaped or logical-order text would show other code points.
        assertEquals(List.of(0xFE94, 0xFEDB, 0xFEAE, 0xFEB7), drawnGlyphs(SHARIKA));
    }

    @Test
    void bracketsAreMirroredInsideRightToLeftText() throws IOException {
        // Drawn left to right, "ش (ر)" becomes "(ر) ش": the brackets swap glyphs so they still enclose the letter.
        List<Integer> glyphs = drawnGlyphs("\u0634 (\u0631)");
        assertEquals(List.of(0x0028, 0xFEAD, 0x0029, 0x0020, 0xFEB5), glyphs);
    }

    @Test
    void latinTextIsDrawnAsItIs() throws IOException {
        assertEquals("Ministry of Interior (MOI)".codePoints().boxed().toList(),
                drawnGlyphs("Ministry of Interior (MOI)"));
    }

    @Test
    void onlyCharactersTheFontsLackBecomeQuestionMarks() {
        // Cyrillic, Greek, Hebrew, Arabic and Latin stay; the Chinese character does not.
        assertEquals("\u0416 \u03a9 \u05d0 \u0634 ? \u00e9",
                pdfText.printable("\u0416 \u03a9 \u05d0 \u0634 \u4e2d \u00e9"));
    }

    @Test
    void wrappedLinesKeepTheDirectionOfTheirParagraph() throws IOException {
        float narrow = pdfText.width("Signed for", pdfText.regular(), 10) + 1;

        List<String> english = pdfText.wrap("Signed for " + SHARIKA + " " + AL_DIR + " by Jane", pdfText.regular(),
                10, narrow);
        // The Arabic line belongs to an English sentence: a left-to-right mark keeps it in that order.
        assertEquals(List.of("Signed for", "\u200E" + SHARIKA + " " + AL_DIR, "by Jane"), english);

        List<String> arabic = pdfText.wrap(SHARIKA + " ACME Ltd " + AL_DIR, pdfText.regular(), 10, narrow);
        assertEquals(List.of(SHARIKA, "\u200FACME Ltd", AL_DIR), arabic);
    }

    @Test
    void aLineWithoutLettersKeepsTheDirectionOfItsParagraph() throws IOException {
        float narrow = pdfText.width("Signed for", pdfText.regular(), 10) + 1;

        List<String> lines = pdfText.wrap("Signed for 12 (3)", pdfText.regular(), 10, narrow);

        assertEquals(List.of("Signed for", "\u200E12 (3)"), lines);
        // Drawn in a right-to-left column, it still reads as the end of an English sentence.
        assertEquals(codePoints("12 (3)"), codePoints(drawnInColumn(lines.get(1), true)));
    }

    @Test
    void aParagraphReadsInTheDirectionOfItsFirstLetterAndWithoutLettersInTheLayouts() {
        assertTrue(pdfText.isRightToLeft("12 " + SHARIKA + " ACME", false));
        assertFalse(pdfText.isRightToLeft("ACME " + SHARIKA, true));
        assertTrue(pdfText.isRightToLeft("12 (3)", true));
        assertFalse(pdfText.isRightToLeft("12 (3)", false));
    }

    @Test
    void aRightToLeftLineEndsAtTheRightEdgeOfItsColumn() throws IOException {
        List<TextPosition> glyphs = drawnInColumn(SHARIKA + " " + AL_DIR, true);

        TextPosition rightmost = glyphs.get(glyphs.size() - 1);
        assertEquals(COLUMN_X + COLUMN_WIDTH, rightmost.getX() + rightmost.getWidth(), 0.01);
    }

    @Test
    void aLeftToRightLineStartsAtTheLeftEdgeOfItsColumn() throws IOException {
        List<TextPosition> glyphs = drawnInColumn("ACME Ltd", false);

        assertEquals(COLUMN_X, glyphs.get(0).getX(), 0.01);
    }

    @Test
    void aListNumberInARightToLeftColumnHasItsPeriodOnTheLeft() throws IOException {
        assertEquals(codePoints(".1"), codePoints(drawnInColumn("1.", true)));
    }

    @Test
    void aWordWiderThanTheColumnIsCutBetweenCharactersNeverInsideOne() throws IOException {
        String emoji = "\uD83D\uDE00";
        String word = emoji.repeat(5);
        float twoEmojis = pdfText.width(emoji.repeat(2), pdfText.regular(), 10);

        List<String> lines = pdfText.wrap(word, pdfText.regular(), 10, twoEmojis);

        assertEquals(List.of(emoji.repeat(2), emoji.repeat(2), emoji), lines);
    }

    /** The code points of the glyphs drawn, in the order they are drawn: left to right on the page. */
    private List<Integer> drawnGlyphs(String line) throws IOException {
        return codePoints(drawn(stream -> showAt50(stream, line)));
    }

    /** The glyphs of a line drawn aligned in the column from COLUMN_X, COLUMN_WIDTH wide. */
    private List<TextPosition> drawnInColumn(String line, boolean rightToLeft) throws IOException {
        return drawn(stream -> pdfText.showAligned(stream, line, rightToLeft, pdfText.regular(), 12, COLUMN_X,
                COLUMN_WIDTH, 700));
    }

    /** The glyphs drawn on a page, in the order they are drawn: left to right on the page. */
    private List<TextPosition> drawn(Drawing drawing) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        try (PDDocument saved = Loader.loadPDF(withDrawing(drawing))) {
            new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    glyphs.add(text);
                }
            }.getText(saved);
        }
        return glyphs;
    }

    /** The document with one page showing the line. */
    private byte[] withLine(String line) throws IOException {
        return withDrawing(stream -> showAt50(stream, line));
    }

    private void showAt50(PDPageContentStream stream, String line) throws IOException {
        pdfText.show(stream, pdfText.printable(line), pdfText.regular(), 12, 50, 700);
    }

    private byte[] withDrawing(Drawing drawing) throws IOException {
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
            drawing.on(stream);
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        document.save(pdf);
        return pdf.toByteArray();
    }

    private static List<Integer> codePoints(List<TextPosition> glyphs) {
        return glyphs.stream().flatMap(glyph -> glyph.getUnicode().codePoints().boxed()).toList();
    }

    private static List<Integer> codePoints(String text) {
        return text.codePoints().boxed().toList();
    }

    @FunctionalInterface
    private interface Drawing {
        void on(PDPageContentStream stream) throws IOException;
    }

    private static PdfText pdfText(PDDocument document) {
        try {
            return new PdfText(document);
        } catch (IOException e) {
            throw new AssertionError("the fonts cannot be loaded", e);
        }
    }
}

package org.euc.portal.common.document;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A run of text as a reader's tool finds it on a page: its words in reading order, and the x where
 * it starts and ends on the page. For tests of where the renderers put their lines.
 */
public record DrawnText(String text, float left, float right) {

    /**
     * Every run of every page, in the order of the page. Read by position, a label and its value come
     * apart at the gap between them wherever they are drawn.
     */
    public static List<DrawnText> in(byte[] pdf) throws IOException {
        List<DrawnText> runs = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    float left = Float.MAX_VALUE;
                    float right = -Float.MAX_VALUE;
                    for (TextPosition glyph : positions) {
                        left = Math.min(left, glyph.getXDirAdj());
                        right = Math.max(right, glyph.getXDirAdj() + glyph.getWidthDirAdj());
                    }
                    runs.add(new DrawnText(text, left, right));
                }
            };
            stripper.setSortByPosition(true);
            stripper.getText(document);
        }
        return runs;
    }

    /** The run that reads exactly the text, spaces aside. */
    public static DrawnText reading(List<DrawnText> runs, String text) {
        return runs.stream().filter(run -> words(run.text).equals(words(text))).findFirst()
                .orElseThrow(() -> new AssertionError("no run reads \"" + text + "\" in " + runs));
    }

    /** The runs that are part of the paragraph (its lines), none if it is not drawn. */
    public static List<DrawnText> linesOf(List<DrawnText> runs, String paragraph) {
        return runs.stream().filter(run -> words(paragraph).contains(words(run.text))).toList();
    }

    /**
     * The words of a text, to compare what was drawn with what was meant: wrapping turns spaces into
     * line breaks, and PDFBox reads an Arabic vowel mark, drawn in its joined form, back with a
     * tatweel (U+0640) before it, which the text did not have.
     */
    public static String words(String text) {
        return text.replace("\u0640", "").replaceAll("[\\s\\p{Z}]+", " ").strip();
    }
}

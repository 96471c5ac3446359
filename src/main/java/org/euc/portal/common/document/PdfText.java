package org.euc.portal.common.document;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Text for the portal's PDFs, drawn in Helvetica and Helvetica Bold (PDF standard fonts, nothing
 * to embed): characters the fonts cannot show, widths, greedy word wrap. One instance per
 * document, not shared between threads (it caches which characters the fonts know).
 */
public final class PdfText {

    /** What no-break spaces become: glue between words that wrapping must not separate. */
    private static final char NO_BREAK = '\u00A0';
    private static final String NO_BREAK_SPACES = "\u00A0\u2007\u202F";

    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final Map<Integer, Boolean> encodable = new HashMap<>();

    public PDFont regular() {
        return regular;
    }

    public PDFont bold() {
        return bold;
    }

    /**
     * The standard fonts only know WinAnsi: a name in Cyrillic, CJK or an emoji must not stop a
     * document, so every character they cannot show becomes '?'. Spaces of any kind become plain
     * spaces, the no-break ones glue that {@link #wrap} keeps together.
     */
    public String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder printable = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            if (NO_BREAK_SPACES.indexOf(codePoint) >= 0) {
                printable.append(NO_BREAK);
            } else if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
                printable.append(' ');
            } else if (encodable.computeIfAbsent(codePoint, this::bothFontsEncode)) {
                printable.appendCodePoint(codePoint);
            } else {
                printable.append('?');
            }
        });
        return printable.toString();
    }

    /** Greedy word wrap of the printable text; a word wider than the column (a long code, hash or URL) is cut. */
    public List<String> wrap(String text, PDFont font, float size, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : printable(text).split(" +")) {
            for (String piece : cutToWidth(word, font, size, maxWidth)) {
                String extended = line.isEmpty() ? piece : line + " " + piece;
                if (!line.isEmpty() && width(extended, font, size) > maxWidth) {
                    lines.add(line);
                    line = piece;
                } else {
                    line = extended;
                }
            }
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    /** Width in points of printable text. */
    public static float width(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(text.replace(NO_BREAK, ' ')) / 1000 * size;
    }

    /** Draws one line of printable text with its baseline starting at (x, baseline). */
    public static void show(PDPageContentStream stream, String line, PDFont font, float size, float x, float baseline)
            throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, baseline);
        stream.showText(line.replace(NO_BREAK, ' '));
        stream.endText();
    }

    private static List<String> cutToWidth(String word, PDFont font, float size, float maxWidth) throws IOException {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int end = 1; end <= word.length(); end++) {
            if (end - start > 1 && width(word.substring(start, end), font, size) > maxWidth) {
                pieces.add(word.substring(start, end - 1));
                start = end - 1;
            }
        }
        if (start < word.length()) {
            pieces.add(word.substring(start));
        }
        return pieces;
    }

    private boolean bothFontsEncode(int codePoint) {
        String character = Character.toString(codePoint);
        try {
            regular.encode(character);
            bold.encode(character);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}

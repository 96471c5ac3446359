package org.euc.portal.common.document;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Text for the portal's PDFs, drawn in DejaVu Sans and DejaVu Sans Bold, embedded as subsets so
 * names print in the script they were entered in: Latin, Cyrillic, Greek, Arabic, Hebrew and more.
 * Wraps logical text, then shapes Arabic and puts each line in visual order (Unicode bidi) just
 * before it is measured or drawn, against the side of its column where its paragraph starts. One
 * instance per document (the fonts belong to it), not shared between threads (it caches which
 * characters the fonts know).
 */
public final class PdfText {

    /** What no-break spaces become: glue between words that wrapping must not separate. */
    private static final char NO_BREAK = '\u00A0';
    private static final String NO_BREAK_SPACES = "\u00A0\u2007\u202F";
    private static final char LEFT_TO_RIGHT_MARK = '\u200E';
    private static final char RIGHT_TO_LEFT_MARK = '\u200F';

    private final PDFont regular;
    private final PDFont bold;
    private final Map<Integer, Boolean> encodable = new HashMap<>();
    /** Advance widths per font and character: wrapping measures a line again for every word it adds. */
    private final Map<PDFont, Map<Integer, Float>> advances = new HashMap<>();
    /** Arabic letters to their joined forms (initial, medial, final), which DejaVu has as presentation forms. */
    private final ArabicShaping arabicShaping = new ArabicShaping(ArabicShaping.LETTERS_SHAPE
            | ArabicShaping.TEXT_DIRECTION_LOGICAL | ArabicShaping.LENGTH_GROW_SHRINK);

    public PdfText(PDDocument document) throws IOException {
        regular = PDType0Font.load(document, new ByteArrayInputStream(DejaVuSans.REGULAR), true);
        bold = PDType0Font.load(document, new ByteArrayInputStream(DejaVuSans.BOLD), true);
    }

    public PDFont regular() {
        return regular;
    }

    public PDFont bold() {
        return bold;
    }

    /**
     * A name in CJK script or a rare symbol must not stop a document: every character the fonts
     * cannot show becomes '?', and only those. Spaces of any kind become plain spaces, the no-break
     * ones glue that {@link #wrap} keeps together. Directional marks stay: they steer the reordering.
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
            } else if (isBidiControl(codePoint) || bothFontsShow(codePoint)) {
                printable.appendCodePoint(codePoint);
            } else {
                printable.append('?');
            }
        });
        return printable.toString();
    }

    /**
     * Greedy word wrap of the printable text, in logical order; a word wider than the column (a
     * long code, hash or URL) is cut. A line whose own first letter would give it another direction
     * than its paragraph's (an Arabic name starting a line of an English sentence), or that has no
     * letter at all, starts with a directional mark, so it is still reordered as part of its paragraph.
     */
    public List<String> wrap(String text, PDFont font, float size, float maxWidth) throws IOException {
        String printable = printable(text);
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : printable.split(" +")) {
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
        byte direction = Bidi.getBaseDirection(printable);
        if (direction == Bidi.NEUTRAL) {
            return lines; // no letter anywhere: the layout decides which way its lines read (see showAligned)
        }
        char mark = direction == Bidi.RTL ? RIGHT_TO_LEFT_MARK : LEFT_TO_RIGHT_MARK;
        return lines.stream().map(wrapped -> Bidi.getBaseDirection(wrapped) == direction ? wrapped : mark + wrapped)
                .toList();
    }

    /**
     * The direction a paragraph reads in, and so the edge its lines start from: that of its first
     * letter (Unicode bidi rule P2); text without letters (a number, a date in digits) takes the
     * direction of the layout around it.
     */
    public boolean isRightToLeft(String paragraph, boolean layoutRightToLeft) {
        return switch (Bidi.getBaseDirection(printable(paragraph))) {
            case Bidi.RTL -> true;
            case Bidi.LTR -> false;
            default -> layoutRightToLeft;
        };
    }

    /** Width in points of a line of printable text, as drawn: Arabic shaped, marks gone. */
    public float width(String line, PDFont font, float size) throws IOException {
        return widthOfGlyphs(glyphs(line, false), font, size);
    }

    private float widthOfGlyphs(String glyphs, PDFont font, float size) throws IOException {
        Map<Integer, Float> fontAdvances = advances.computeIfAbsent(font, key -> new HashMap<>());
        float units = 0;
        for (int codePoint : glyphs.codePoints().toArray()) {
            Float advance = fontAdvances.get(codePoint);
            if (advance == null) {
                advance = font.getStringWidth(Character.toString(codePoint));
                fontAdvances.put(codePoint, advance);
            }
            units += advance;
        }
        return units / 1000 * size;
    }

    /** Draws one line of printable text, in visual order, with its baseline starting at (x, baseline). */
    public void show(PDPageContentStream stream, String line, PDFont font, float size, float x, float baseline)
            throws IOException {
        draw(stream, glyphs(line, false), font, size, x, baseline);
    }

    /**
     * Draws one wrapped line in the column from columnX to columnX + columnWidth, against the edge
     * where text reading in the given direction starts: the right edge for right to left, the left
     * edge otherwise. A line without letters (a list number, a count) also reads in that direction.
     */
    public void showAligned(PDPageContentStream stream, String line, boolean rightToLeft, PDFont font, float size,
            float columnX, float columnWidth, float baseline) throws IOException {
        String glyphs = glyphs(line, rightToLeft);
        float x = rightToLeft ? columnX + columnWidth - widthOfGlyphs(glyphs, font, size) : columnX;
        draw(stream, glyphs, font, size, x, baseline);
    }

    private static void draw(PDPageContentStream stream, String glyphs, PDFont font, float size, float x,
            float baseline) throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, baseline);
        stream.showText(glyphs);
        stream.endText();
    }

    /**
     * A logical line as the characters to draw left to right. Reordering follows the line's first
     * letter or directional mark (the given direction when it has neither) and mirrors brackets in
     * right-to-left runs; the marks themselves are not drawn.
     */
    private String glyphs(String line, boolean rightToLeftWithoutLetters) {
        String visual = line.replace(NO_BREAK, ' ');
        // Without right-to-left letters, only a right-to-left default changes the order ("1." is drawn ".1").
        if (rightToLeftWithoutLetters || Bidi.requiresBidi(visual.toCharArray(), 0, visual.length())) {
            byte paragraphLevel = rightToLeftWithoutLetters ? Bidi.LEVEL_DEFAULT_RTL : Bidi.LEVEL_DEFAULT_LTR;
            visual = new Bidi(shaped(visual), paragraphLevel).writeReordered(Bidi.DO_MIRRORING);
        }
        StringBuilder glyphs = new StringBuilder(visual.length());
        // A joined form or mirrored bracket the fonts lack must not break the document either.
        visual.codePoints().filter(codePoint -> !isBidiControl(codePoint))
                .forEach(codePoint -> glyphs.appendCodePoint(bothFontsShow(codePoint) ? codePoint : '?'));
        return glyphs.toString();
    }

    private String shaped(String text) {
        try {
            return arabicShaping.shape(text);
        } catch (ArabicShapingException e) {
            return text; // unjoined letters are still legible: better than no document
        }
    }

    private List<String> cutToWidth(String word, PDFont font, float size, float maxWidth) throws IOException {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        // Cut between code points, never inside a surrogate pair (an emoji).
        for (int end = 0; end < word.length(); end = word.offsetByCodePoints(end, 1)) {
            int next = word.offsetByCodePoints(end, 1);
            // A piece keeps at least one character, however narrow the column.
            if (end > start && width(word.substring(start, next), font, size) > maxWidth) {
                pieces.add(word.substring(start, end));
                start = end;
            }
        }
        if (start < word.length()) {
            pieces.add(word.substring(start));
        }
        return pieces;
    }

    private static boolean isBidiControl(int codePoint) {
        return switch (Character.getDirectionality(codePoint)) {
            case Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING, Character.DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE,
                    Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING, Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE,
                    Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT, Character.DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE,
                    Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE, Character.DIRECTIONALITY_FIRST_STRONG_ISOLATE,
                    Character.DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE -> true;
            default -> codePoint == LEFT_TO_RIGHT_MARK || codePoint == RIGHT_TO_LEFT_MARK || codePoint == '\u061C';
        };
    }

    private boolean bothFontsShow(int codePoint) {
        return encodable.computeIfAbsent(codePoint, this::bothFontsEncode);
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

    /**
     * The font files, read once per JVM and shared read-only; each document parses its own copy,
     * since a PDFBox font belongs to one document. DejaVu fonts are free to embed and redistribute
     * (Bitstream Vera licence, DejaVu changes in the public domain): see the LICENSE file beside the
     * fonts in the jasperreports-fonts jar.
     */
    private static final class DejaVuSans {

        private static final String FOLDER = "/net/sf/jasperreports/fonts/dejavu/";
        static final byte[] REGULAR = read("DejaVuSans.ttf");
        static final byte[] BOLD = read("DejaVuSans-Bold.ttf");

        private static byte[] read(String file) {
            try (InputStream font = DejaVuSans.class.getResourceAsStream(FOLDER + file)) {
                if (font == null) {
                    throw new IllegalStateException("the font " + FOLDER + file + " is not on the classpath");
                }
                return font.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the font " + FOLDER + file, e);
            }
        }
    }
}

package org.euc.portal.ledger.service;

import static org.euc.portal.common.i18n.MessageCatalog.text;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.euc.portal.common.document.PdfText;
import org.euc.portal.ledger.domain.EntryType;
import org.euc.portal.ledger.domain.LedgerEntryView;

/**
 * A ledger (a certificate's or an agency's) as a printable A4 landscape table, for inspectors'
 * files. Dates are ISO (yyyy-MM-dd) in every language: unambiguous, and compact enough for the
 * table. Stateless: usable as a CDI bean or with {@code new}.
 */
@ApplicationScoped
public class LedgerPdfExport {

    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 36;
    private static final float TOP = PAGE.getHeight() - MARGIN;
    private static final float BOTTOM = MARGIN + 14;
    private static final float FOOTER_BASELINE = 22;

    private static final float TITLE_SIZE = 14;
    /** DejaVu Sans at 7 points is as wide, and reads as large, as the Helvetica at 7.5 this table was laid out for. */
    private static final float BODY_SIZE = 7f;
    private static final float NOTE_SIZE = 8.5f;
    private static final float FOOTER_SIZE = 7.5f;
    private static final float LEADING = BODY_SIZE * 1.25f;
    private static final float PADDING = 2.5f;
    /** A cell never takes more lines than this: a row must always fit on one page. */
    private static final int MAX_CELL_LINES = 12;
    private static final DateTimeFormatter GENERATED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter RECORDED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneOffset.UTC);

    /** The table's columns: label key and width in points (together the page's width between margins). */
    private enum Column {
        POSITION("ledger.export.column.position", 26),
        TYPE("ledger.export.column.type", 54),
        ORDER_REFERENCE("ledger.export.column.orderReference", 80),
        AUTHORITY("ledger.export.column.authority", 98),
        KIND("ledger.export.column.kind", 70),
        ISSUED("ledger.export.column.issued", 48),
        VALID("ledger.export.column.valid", 54),
        USED("ledger.export.column.used", 54),
        LEGAL_BASIS("ledger.export.column.legalBasis", 120),
        TARGETS("ledger.export.column.targets", 36),
        RECORDED("ledger.export.column.recorded", 88),
        OPEN_FLAGS("ledger.export.column.openFlags", 42);

        final String labelKey;
        final float width;

        Column(String labelKey, float width) {
            this.labelKey = labelKey;
            this.width = width;
        }
    }

    Clock clock = Clock.systemUTC();

    public byte[] render(String title, List<LedgerEntryView> entries, Locale locale) {
        return render(title, entries, locale, clock.instant());
    }

    public byte[] render(String title, List<LedgerEntryView> entries, Locale locale, Instant generatedAt) {
        try (PDDocument document = new PDDocument()) {
            Table table = new Table(document, locale);
            try {
                table.heading(title, text(locale, "ledger.export.generatedAt", GENERATED_AT.format(generatedAt)),
                        entries.isEmpty() ? text(locale, "ledger.export.none")
                                : text(locale, "ledger.export.count", entries.size()));
                if (!entries.isEmpty()) {
                    table.headerRow();
                }
                for (LedgerEntryView entry : entries) {
                    table.row(cells(entry, locale));
                }
            } finally {
                table.close();
            }
            table.footers();

            PDDocumentInformation information = document.getDocumentInformation();
            information.setTitle(title);
            information.setCreator("EUC Portal");
            information.setCreationDate(GregorianCalendar.from(generatedAt.atZone(ZoneOffset.UTC)));
            document.getDocumentCatalog().setLanguage(locale.toLanguageTag());

            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            document.save(pdf);
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the ledger export " + title, e);
        }
    }

    private static List<String> cells(LedgerEntryView entry, Locale locale) {
        String type = text(locale, "ledger.export.type." + entry.type().name());
        if (entry.type() != EntryType.RECORD && entry.amendsPosition() != null) {
            type += " " + text(locale, "ledger.export.amends", entry.amendsPosition().toString());
        }
        String kind = entry.kind() == null ? "" : text(locale, entry.kind().labelKey());
        if (entry.otherCitation() != null && !entry.otherCitation().isBlank()) {
            kind += " (" + entry.otherCitation() + ")";
        }
        String recorded = (entry.recordedAt() == null ? "" : RECORDED_AT.format(entry.recordedAt()) + " UTC ")
                + nonNull(entry.recordedBy());
        return List.of(
                Integer.toString(entry.position()),
                type,
                nonNull(entry.orderReference()),
                nonNull(entry.issuingAuthority()),
                kind,
                date(entry.issuedOn()),
                range(entry.validFrom(), entry.validUntil()),
                range(entry.usedFrom(), entry.usedUntil()),
                nonNull(entry.legalBasisIn(locale)),
                entry.targets() == null ? "" : entry.targets().toString(),
                recorded,
                Long.toString(entry.openFlags()));
    }

    private static String range(LocalDate from, LocalDate until) {
        return date(from) + " \u2013 " + date(until);
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    /** Draws the table row by row, starting a new page (with the header row again) when a row does not fit. */
    private static final class Table {

        private final PDDocument document;
        private final Locale locale;
        private final PdfText pdfText;
        private final PDFont regular;
        private final PDFont bold;
        private PDPageContentStream stream;
        private float y;

        Table(PDDocument document, Locale locale) throws IOException {
            this.document = document;
            this.locale = locale;
            pdfText = new PdfText(document);
            regular = pdfText.regular();
            bold = pdfText.bold();
            newPage();
        }

        void heading(String title, String generated, String count) throws IOException {
            float width = PAGE.getWidth() - 2 * MARGIN;
            boolean titleStartsRight = startsRight(title);
            for (String line : wrap(title, bold, TITLE_SIZE, width)) {
                draw(line, titleStartsRight, bold, TITLE_SIZE, MARGIN, width, y - TITLE_SIZE);
                y -= TITLE_SIZE * 1.3f;
            }
            y -= 2;
            for (String note : List.of(generated, count)) {
                draw(pdfText.printable(note), startsRight(note), regular, NOTE_SIZE, MARGIN, width, y - NOTE_SIZE);
                y -= NOTE_SIZE * 1.4f;
            }
            y -= 6;
        }

        void headerRow() throws IOException {
            List<String> labels = new ArrayList<>();
            for (Column column : Column.values()) {
                labels.add(text(locale, column.labelKey));
            }
            drawRow(labels, bold, true);
        }

        void row(List<String> cells) throws IOException {
            if (y - height(cells, regular) < BOTTOM) {
                newPage();
                headerRow();
            }
            drawRow(cells, regular, false);
        }

        /** "page n of N" on every page, once N is known. */
        void footers() throws IOException {
            int total = document.getNumberOfPages();
            for (int index = 0; index < total; index++) {
                String footer = pdfText.printable(text(locale, "ledger.export.footer", index + 1, total));
                float x = (PAGE.getWidth() - pdfText.width(footer, regular, FOOTER_SIZE)) / 2;
                try (PDPageContentStream footerStream = new PDPageContentStream(
                        document, document.getPage(index), AppendMode.APPEND, true, true)) {
                    footerStream.setNonStrokingColor(0.4f);
                    pdfText.show(footerStream, footer, regular, FOOTER_SIZE, Math.max(x, MARGIN), FOOTER_BASELINE);
                }
            }
        }

        void close() throws IOException {
            if (stream != null) {
                stream.close();
                stream = null;
            }
        }

        private void drawRow(List<String> cells, PDFont font, boolean shaded) throws IOException {
            List<List<String>> lines = new ArrayList<>();
            Column[] columns = Column.values();
            int rowLines = 1;
            for (int i = 0; i < columns.length; i++) {
                List<String> wrapped = wrap(cells.get(i), font, BODY_SIZE, columns[i].width - 2 * PADDING);
                lines.add(wrapped);
                rowLines = Math.max(rowLines, wrapped.size());
            }
            float height = rowLines * LEADING + 2 * PADDING;
            float tableWidth = PAGE.getWidth() - 2 * MARGIN;
            if (shaded) {
                stream.setNonStrokingColor(0.88f);
                stream.addRect(MARGIN, y - height, tableWidth, height);
                stream.fill();
                stream.setNonStrokingColor(0f);
            }
            float x = MARGIN;
            for (int i = 0; i < columns.length; i++) {
                float baseline = y - PADDING - BODY_SIZE;
                boolean startsRight = startsRight(cells.get(i));
                for (String line : lines.get(i)) {
                    draw(line, startsRight, font, BODY_SIZE, x + PADDING, columns[i].width - 2 * PADDING, baseline);
                    baseline -= LEADING;
                }
                x += columns[i].width;
            }
            stream.setStrokingColor(0.6f);
            stream.setLineWidth(0.4f);
            stream.moveTo(MARGIN, y - height);
            stream.lineTo(MARGIN + tableWidth, y - height);
            stream.stroke();
            y -= height;
        }

        private float height(List<String> cells, PDFont font) throws IOException {
            Column[] columns = Column.values();
            int rowLines = 1;
            for (int i = 0; i < columns.length; i++) {
                rowLines = Math.max(rowLines, wrap(cells.get(i), font, BODY_SIZE, columns[i].width - 2 * PADDING).size());
            }
            return rowLines * LEADING + 2 * PADDING;
        }

        private void newPage() throws IOException {
            close();
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = TOP;
        }

        private void draw(String line, boolean startsRight, PDFont font, float size, float x, float width,
                float baseline) throws IOException {
            pdfText.showAligned(stream, line, startsRight, font, size, x, width, baseline);
        }

        /**
         * Each cell (and the title) starts on the side its own text reads from; the columns keep
         * their order in every language, so text without letters (a date, a count) starts on the left.
         */
        private boolean startsRight(String text) {
            return pdfText.isRightToLeft(text, false);
        }

        /**
         * Greedy word wrap; a word wider than the cell (a long reference or hash) is cut where it
         * must be; beyond {@link #MAX_CELL_LINES} lines the cell ends with an ellipsis.
         */
        private List<String> wrap(String text, PDFont font, float size, float maxWidth) throws IOException {
            List<String> lines = pdfText.wrap(text, font, size, maxWidth);
            if (lines.size() > MAX_CELL_LINES) {
                lines = new ArrayList<>(lines.subList(0, MAX_CELL_LINES));
                String last = lines.get(MAX_CELL_LINES - 1);
                while (!last.isEmpty() && pdfText.width(last + "\u2026", font, size) > maxWidth) {
                    // a whole code point at a time: half an emoji cannot be drawn
                    last = last.substring(0, last.offsetByCodePoints(last.length(), -1));
                }
                lines.set(MAX_CELL_LINES - 1, last + "\u2026");
            }
            return lines;
        }

    }
}

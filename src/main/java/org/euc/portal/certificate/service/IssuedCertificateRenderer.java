package org.euc.portal.certificate.service;

import static org.euc.portal.common.i18n.MessageCatalog.text;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.euc.portal.common.document.PdfA2b;
import org.euc.portal.common.document.PdfText;

/**
 * Renders the certificate the ministry issues once an approval is confirmed: one A4 page naming
 * the end user, the export, the declared purposes and the approval, tied by hash to the agency's
 * signed revision, with the verification address as text and as a QR code. The ministry then seals
 * the result (see {@code MinistrySeal}). Always in English, the language of the licence documents,
 * with every label from the bundle; names print in the script they were entered in. A PDF/A-2b
 * file. Stateless: usable as a CDI bean or with {@code new}.
 */
@ApplicationScoped
public class IssuedCertificateRenderer {

    private static final Locale LANGUAGE = Locale.ENGLISH;
    private static final DateTimeFormatter VALIDITY_DATE =
            DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(LANGUAGE);
    /** ISO-like and 24-hour: read across borders, by customs officers as much as by lawyers. */
    private static final DateTimeFormatter APPROVAL_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'", LANGUAGE).withZone(ZoneOffset.UTC);

    public byte[] render(IssuedCertificateContent content) {
        Objects.requireNonNull(content, "content");
        try (PDDocument document = new PDDocument()) {
            Sheet sheet = new Sheet(document);
            try (sheet) {
                sheet.banner(label("issued.title"), label("issued.referenceLabel"), content.reference(),
                        label("issued.issuedBy"), qrCode(content.verificationUrl()));
                sheet.paragraph(label("issued.statement"));
                writeEndUser(sheet, content);
                writeExport(sheet, content);
                writePurposes(sheet, content);
                writeConditions(sheet, content);
                writeApproval(sheet, content);
                writeVerification(sheet, content);
            }
            sheet.writeFooters(content.reference());
            describe(document, content);
            // An archive copy that must read the same for as long as the export licence is questioned.
            PdfA2b.declare(document);

            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            // A classic cross-reference table, no object streams: PDF/A-1's rules too, which our validator checks.
            document.save(pdf, CompressParameters.NO_COMPRESSION);
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the issued certificate " + content.reference(), e);
        }
    }

    private static void writeEndUser(Sheet sheet, IssuedCertificateContent content) throws IOException {
        sheet.section(label("issued.section.endUser"));
        sheet.field(label("issued.agency"), nameWithCode(content.agencyName(), content.agencyCode()));
        sheet.field(label("issued.country"), nameWithCode(content.countryName(), content.countryCode()));
    }

    private static void writeExport(Sheet sheet, IssuedCertificateContent content) throws IOException {
        sheet.section(label("issued.section.export"));
        sheet.field(label("issued.exporter"), content.exporterCompany());
        sheet.field(label("issued.exportLicence"), content.exportLicenceReference());
        sheet.field(label("issued.system"), content.systemName());
        sheet.field(label("issued.systemCategory"), content.systemCategoryLabel());
        sheet.field(label("issued.installations"), Integer.toString(content.installations()));
        sheet.field(label("issued.sites"), Integer.toString(content.sites()));
        sheet.field(label("issued.validFrom"), date(content.validFrom()));
        sheet.field(label("issued.validUntil"), date(content.validUntil()));
    }

    private static void writePurposes(Sheet sheet, IssuedCertificateContent content) throws IOException {
        sheet.section(label("issued.section.purposes"));
        sheet.paragraph(label("issued.purposes.intro"));
        for (String purpose : content.purposes()) {
            sheet.bullet(purpose);
        }
    }

    private static void writeConditions(Sheet sheet, IssuedCertificateContent content) throws IOException {
        if (!content.hasConditions()) {
            return;
        }
        sheet.section(label("issued.section.conditions"));
        // Written in a text area: keep the officer's paragraphs.
        for (String paragraph : content.conditions().strip().split("\\R+")) {
            sheet.paragraph(paragraph);
        }
    }

    private static void writeApproval(Sheet sheet, IssuedCertificateContent content) throws IOException {
        sheet.section(label("issued.section.approval"));
        sheet.field(label("issued.proposedBy"), content.proposedBy());
        sheet.field(label("issued.confirmedBy"), content.confirmedBy());
        sheet.field(label("issued.approvedAt"), APPROVAL_TIME.format(content.approvedAt()));
        sheet.field(label("issued.revision"), Integer.toString(content.revisionNumber()));
        sheet.field(label("issued.signedDocumentSha256"), inGroupsOfFour(content.signedDocumentSha256()));
    }

    private static void writeVerification(Sheet sheet, IssuedCertificateContent content) throws IOException {
        sheet.section(label("issued.section.verification"));
        sheet.paragraph(label("issued.verification.text"));
        sheet.strongParagraph(content.verificationUrl());
        sheet.strongParagraph(label("issued.sealNotice"));
    }

    /** Metadata for archives and search tools. */
    private static void describe(PDDocument document, IssuedCertificateContent content) {
        PDDocumentInformation information = document.getDocumentInformation();
        information.setTitle("Issued certificate " + content.reference());
        information.setCreator("EUC Portal");
        if (content.approvedAt() != null) {
            // Issued when the approval was confirmed, however late the PDF is (re)generated.
            information.setCreationDate(GregorianCalendar.from(content.approvedAt().atZone(ZoneOffset.UTC)));
        }
        document.getDocumentCatalog().setLanguage(LANGUAGE.toLanguageTag());
    }

    /**
     * The symbol alone, one matrix cell per module and no margin: the sheet scales it and leaves
     * the quiet zone itself. Level M survives a crease or a stamp across the printout.
     */
    private static BitMatrix qrCode(String contents) {
        try {
            return new QRCodeWriter().encode(contents, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.MARGIN, 0,
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("the verification address cannot be encoded as a QR code", e);
        }
    }

    private static String label(String key) {
        return text(LANGUAGE, key);
    }

    private static String nameWithCode(String name, String code) {
        return code == null || code.isBlank() ? name : name + " (" + code + ")";
    }

    private static String date(LocalDate date) {
        return date == null ? "" : VALIDITY_DATE.format(date);
    }

    /** 64 hex digits in one piece neither wrap nor can be compared by eye; groups of four do both. */
    private static String inGroupsOfFour(String hex) {
        String digits = hex == null ? "" : hex.replaceAll("[:\\s]", "");
        return String.join(" ", digits.split("(?<=\\G.{4})"));
    }

    /**
     * Lays a one-page certificate out top to bottom: a banner with the QR code at the top right,
     * then labelled fields and wrapped paragraphs. Should the content ever outgrow the page, it
     * continues on a new one rather than running off the bottom.
     */
    private static final class Sheet implements Closeable {

        private static final PDRectangle PAGE_SIZE = PDRectangle.A4;
        private static final float MARGIN = 50;
        private static final float TOP = PAGE_SIZE.getHeight() - MARGIN;
        private static final float BOTTOM = MARGIN;
        private static final float WIDTH = PAGE_SIZE.getWidth() - 2 * MARGIN;
        private static final float FOOTER_BASELINE = 28;

        private static final float TITLE_SIZE = 14;
        private static final float REFERENCE_SIZE = 22;
        private static final float SECTION_SIZE = 11.5f;
        private static final float BODY_SIZE = 9.5f;
        private static final float SMALL_SIZE = 8;
        private static final float LINE_SPACING = 1.3f;
        private static final float GAP = 4;
        private static final float LABEL_WIDTH = 165;
        private static final float BULLET_INDENT = 14;
        private static final float GREY = 0.35f;

        /** 3.5 cm including the quiet zone: scannable from a printout at arm's length. */
        private static final float QR_SIZE = 3.5f / 2.54f * 72;
        /** The quiet zone the QR standard asks for, in modules. */
        private static final int QUIET_ZONE_MODULES = 4;
        private static final float QR_GUTTER = 12;

        private final PDDocument document;
        private final PdfText pdfText;
        private final PDFont regular;
        private final PDFont bold;
        private PDPageContentStream stream;
        private float y;

        Sheet(PDDocument document) throws IOException {
            this.document = document;
            pdfText = new PdfText(document);
            regular = pdfText.regular();
            bold = pdfText.bold();
            newPage();
        }

        /** Title, reference and issuer on the left; the QR code top right, its top on the margin. */
        void banner(String title, String referenceLabel, String reference, String issuedBy, BitMatrix qrCode)
                throws IOException {
            drawQrCode(qrCode, MARGIN + WIDTH - QR_SIZE, TOP);
            float textWidth = WIDTH - QR_SIZE - QR_GUTTER;
            lines(title, bold, TITLE_SIZE, MARGIN, textWidth, 0);
            y -= 2 * GAP;
            lines(referenceLabel, regular, SMALL_SIZE, MARGIN, textWidth, GREY);
            lines(reference, bold, REFERENCE_SIZE, MARGIN, textWidth, 0);
            y -= GAP / 2;
            lines(issuedBy, regular, BODY_SIZE + 1, MARGIN, textWidth, 0);
            y = Math.min(y, TOP - QR_SIZE) - GAP;
            stream.setLineWidth(0.6f);
            stream.moveTo(MARGIN, y);
            stream.lineTo(MARGIN + WIDTH, y);
            stream.stroke();
            y -= 2 * GAP;
        }

        void section(String heading) throws IOException {
            y -= 2.5f * GAP;
            // Keep a heading with the first lines below it.
            ensureRoom(leading(SECTION_SIZE) + 2 * leading(BODY_SIZE));
            lines(heading, bold, SECTION_SIZE, MARGIN, WIDTH, 0);
            y -= GAP / 2;
        }

        void paragraph(String text) throws IOException {
            lines(text, regular, BODY_SIZE, MARGIN, WIDTH, 0);
            y -= GAP;
        }

        void strongParagraph(String text) throws IOException {
            lines(text, bold, BODY_SIZE, MARGIN, WIDTH, 0);
            y -= GAP;
        }

        void bullet(String text) throws IOException {
            ensureRoom(leading(BODY_SIZE));
            draw(stream, "\u2022", regular, BODY_SIZE, MARGIN + 2, y - BODY_SIZE, 0);
            // Beside its bullet whatever script it is in, as a value beside its label (see field).
            lines(text, false, regular, BODY_SIZE, MARGIN + BULLET_INDENT, WIDTH - BULLET_INDENT, 0);
            y -= GAP / 2;
        }

        /**
         * A grey label in a left column, the value wrapped in the column to its right. The value
         * starts beside its label whatever script it is in: across the page, it would not read as its value.
         */
        void field(String label, String value) throws IOException {
            List<String> labelLines = pdfText.wrap(label, regular, BODY_SIZE, LABEL_WIDTH - 8);
            List<String> valueLines = pdfText.wrap(value, regular, BODY_SIZE, WIDTH - LABEL_WIDTH);
            for (int row = 0; row < Math.max(labelLines.size(), valueLines.size()); row++) {
                ensureRoom(leading(BODY_SIZE));
                float baseline = y - BODY_SIZE;
                if (row < labelLines.size()) {
                    draw(stream, labelLines.get(row), regular, BODY_SIZE, MARGIN, baseline, GREY);
                }
                if (row < valueLines.size()) {
                    draw(stream, valueLines.get(row), regular, BODY_SIZE, MARGIN + LABEL_WIDTH, baseline, 0);
                }
                y -= leading(BODY_SIZE);
            }
            y -= GAP / 2;
        }

        /** The reference and "n/N" on every page, so a separated sheet still says what it belongs to. */
        void writeFooters(String reference) throws IOException {
            int total = document.getNumberOfPages();
            for (int index = 0; index < total; index++) {
                String footer = pdfText.printable(reference) + " \u00b7 " + (index + 1) + "/" + total;
                float x = MARGIN + (WIDTH - pdfText.width(footer, regular, SMALL_SIZE)) / 2;
                try (PDPageContentStream footerStream = new PDPageContentStream(
                        document, document.getPage(index), AppendMode.APPEND, true, true)) {
                    draw(footerStream, footer, regular, SMALL_SIZE, Math.max(x, MARGIN), FOOTER_BASELINE, GREY);
                }
            }
        }

        @Override
        public void close() throws IOException {
            if (stream != null) {
                stream.close();
                stream = null;
            }
        }

        /** Dark modules as filled rectangles, one per horizontal run: crisp at any zoom, no image. */
        private void drawQrCode(BitMatrix matrix, float left, float top) throws IOException {
            float module = QR_SIZE / (Math.max(matrix.getWidth(), matrix.getHeight()) + 2 * QUIET_ZONE_MODULES);
            float symbolLeft = left + QUIET_ZONE_MODULES * module;
            float symbolTop = top - QUIET_ZONE_MODULES * module;
            stream.setNonStrokingColor(0f);
            for (int row = 0; row < matrix.getHeight(); row++) {
                int column = 0;
                while (column < matrix.getWidth()) {
                    if (!matrix.get(column, row)) {
                        column++;
                        continue;
                    }
                    int runStart = column;
                    while (column < matrix.getWidth() && matrix.get(column, row)) {
                        column++;
                    }
                    stream.addRect(symbolLeft + runStart * module, symbolTop - (row + 1) * module,
                            (column - runStart) * module, module);
                }
            }
            stream.fill();
        }

        /** A paragraph standing alone: its lines start on the side its own first letter reads from. */
        private void lines(String text, PDFont font, float size, float x, float maxWidth, float grey)
                throws IOException {
            lines(text, pdfText.isRightToLeft(text, false), font, size, x, maxWidth, grey);
        }

        private void lines(String text, boolean startRight, PDFont font, float size, float x, float maxWidth,
                float grey) throws IOException {
            for (String line : pdfText.wrap(text, font, size, maxWidth)) {
                ensureRoom(leading(size));
                stream.setNonStrokingColor(grey);
                pdfText.showAligned(stream, line, startRight, font, size, x, maxWidth, y - size);
                y -= leading(size);
            }
        }

        private void ensureRoom(float height) throws IOException {
            if (y - height < BOTTOM && y < TOP) {
                newPage();
            }
        }

        private void newPage() throws IOException {
            close();
            PDPage page = new PDPage(PAGE_SIZE);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = TOP;
        }

        private void draw(PDPageContentStream target, String line, PDFont font, float size, float x,
                float baseline, float grey) throws IOException {
            target.setNonStrokingColor(grey);
            pdfText.show(target, line, font, size, x, baseline);
        }

        private static float leading(float size) {
            return size * LINE_SPACING;
        }
    }
}

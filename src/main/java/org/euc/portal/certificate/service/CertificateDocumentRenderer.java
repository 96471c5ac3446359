package org.euc.portal.certificate.service;

import static org.euc.portal.common.i18n.MessageCatalog.text;

import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.euc.portal.certificate.domain.TerroristAct;
import org.euc.portal.certificate.domain.Undertaking;
import org.euc.portal.certificate.service.CertificateDocumentContent.DeclaredOffence;
import org.euc.portal.common.document.PdfText;
import org.euc.portal.common.i18n.CountryName;

/**
 * Renders the End-Use/End-User Certificate of one revision as an A4 PDF. This is the file the
 * signatory signs, so it carries the full legal texts in the certificate's language, never
 * references to them. Stateless: usable as a CDI bean or with {@code new}.
 */
@ApplicationScoped
public class CertificateDocumentRenderer {

    private static final DateTimeFormatter GENERATED_AT =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter VALIDITY_DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG);

    public byte[] render(CertificateDocumentContent content) {
        try (PDDocument document = new PDDocument()) {
            PageFlow flow = new PageFlow(document, content.locale());
            try (flow) {
                writeHeader(flow, content);
                writeEndUser(flow, content);
                writeExport(flow, content);
                writePurposes(flow, content);
                writeUndertakings(flow, content);
                writeSignature(flow, content);
            }
            // Only now is the page count known for "page n of N".
            flow.writeFooters((page, total) -> text(content.locale(), "pdf.footer",
                    content.reference(), content.revisionNumber(), page, total));
            describe(document, content);

            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            document.save(pdf);
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the certificate " + content.reference()
                    + " revision " + content.revisionNumber(), e);
        }
    }

    private static void writeHeader(PageFlow flow, CertificateDocumentContent content) throws IOException {
        Locale locale = content.locale();
        flow.title(text(locale, "pdf.title"));
        flow.field(text(locale, "pdf.reference"), content.reference());
        flow.field(text(locale, "pdf.revision"), number(content.revisionNumber(), locale));
        flow.field(text(locale, "pdf.generatedAt"),
                inLanguage(GENERATED_AT, locale).format(content.generatedAt()) + " UTC");
    }

    private static void writeEndUser(PageFlow flow, CertificateDocumentContent content) throws IOException {
        Locale locale = content.locale();
        flow.sectionHeading(text(locale, "pdf.section.endUser"));
        flow.field(text(locale, "pdf.agency"), nameWithCode(content.agencyName(), content.agencyCode()));
        flow.field(text(locale, "pdf.country"), nameWithCode(
                new CountryName(content.countryCode(), content.countryName()).in(locale), content.countryCode()));
    }

    private static void writeExport(PageFlow flow, CertificateDocumentContent content) throws IOException {
        Locale locale = content.locale();
        flow.sectionHeading(text(locale, "pdf.section.export"));
        flow.field(text(locale, "pdf.exporter"), content.exporterCompany());
        flow.field(text(locale, "pdf.exportLicence"), content.exportLicenceReference());
        flow.field(text(locale, "pdf.system"), content.systemName());
        flow.field(text(locale, "pdf.systemCategory"), text(locale, content.systemCategory().labelKey()));
        flow.field(text(locale, "pdf.installations"), number(content.installations(), locale));
        flow.field(text(locale, "pdf.sites"), number(content.sites(), locale));
        flow.field(text(locale, "pdf.validity"), text(locale, "pdf.validityRange",
                date(content.validFrom(), locale), date(content.validUntil(), locale)));
    }

    private static void writePurposes(PageFlow flow, CertificateDocumentContent content) throws IOException {
        Locale locale = content.locale();
        flow.sectionHeading(text(locale, "pdf.section.purposes"));
        flow.paragraph(text(locale, "pdf.purposes.intro"));

        // In the guidelines' order, whatever order the end user ticked them in.
        List<TerroristAct> acts = content.terroristActs().stream().distinct().sorted().toList();
        if (!acts.isEmpty()) {
            flow.subheading(text(locale, "pdf.purposes.terrorism"));
            flow.paragraph(text(locale, "terrorism.definition"));
            for (String aim : List.of("a", "b", "c")) {
                flow.indentedParagraph(text(locale, "terrorism.aims." + aim));
            }
            flow.paragraph(text(locale, "terrorism.acts.intro"));
            for (TerroristAct act : acts) {
                flow.listItem(number(act.number(), locale) + ".", text(locale, act.textKey()));
            }
        }

        if (!content.offences().isEmpty()) {
            flow.subheading(text(locale, "pdf.purposes.crimes"));
            flow.paragraph(text(locale, "seriousCrime.definition"));
            for (DeclaredOffence offence : content.offences()) {
                flow.listItem("\u2022", describe(offence, locale));
            }
        }

        // Printed whatever was declared: it limits every purpose above.
        flow.paragraph(text(locale, "carveOut.text"));
    }

    private static void writeUndertakings(PageFlow flow, CertificateDocumentContent content) throws IOException {
        Locale locale = content.locale();
        flow.sectionHeading(text(locale, "pdf.section.undertakings"));
        flow.paragraph(text(locale, "pdf.undertakings.intro"));
        for (Undertaking undertaking : content.undertakings().stream().distinct().sorted().toList()) {
            flow.subheading(text(locale, undertaking.titleKey()));
            flow.paragraph(text(locale, undertaking.textKey()));
        }
    }

    private static void writeSignature(PageFlow flow, CertificateDocumentContent content) throws IOException {
        Locale locale = content.locale();
        flow.sectionHeading(text(locale, "pdf.section.signature"));
        flow.paragraph(text(locale, "pdf.signature.text",
                content.agencyName(), content.signatoryName(), content.signatoryTitle()));
        flow.field(text(locale, "pdf.signature.fingerprint"), inGroupsOfFour(content.signatoryFingerprint()));
    }

    /** Metadata for archives and search tools: deliberately the same, English title in every language. */
    private static void describe(PDDocument document, CertificateDocumentContent content) {
        PDDocumentInformation information = document.getDocumentInformation();
        information.setTitle("End-Use/End-User Certificate " + content.reference() + " r" + content.revisionNumber());
        information.setCreator("EUC Portal");
        information.setCreationDate(GregorianCalendar.from(content.generatedAt().atZone(ZoneOffset.UTC)));
        document.getDocumentCatalog().setLanguage(content.locale().toLanguageTag());
    }

    private static String describe(DeclaredOffence offence, Locale locale) {
        List<String> parts = new ArrayList<>(List.of(offence.statute(), offence.name()));
        if (offence.lifeImprisonment()) {
            parts.add(text(locale, "pdf.penalty.life"));
        } else if (offence.maxPenaltyYears() != null) {
            parts.add(text(locale, "pdf.penalty.years", offence.maxPenaltyYears()));
        }
        return String.join(" \u2014 ", parts);
    }

    private static String nameWithCode(String name, String code) {
        return name + " (" + code + ")";
    }

    private static String date(LocalDate date, Locale locale) {
        return inLanguage(VALIDITY_DATE, locale).format(date);
    }

    /**
     * Numbers and dates in the language's digits (Arabic-Indic in Arabic), as the bundle's own
     * numbers (footer, penalties) are written: one set of digits in a document, not two.
     */
    private static String number(int number, Locale locale) {
        return String.format(locale, "%d", number);
    }

    private static DateTimeFormatter inLanguage(DateTimeFormatter format, Locale locale) {
        return format.withLocale(locale).withDecimalStyle(DecimalStyle.of(locale));
    }

    /** 64 hex digits in one piece neither wrap nor can be compared by eye; groups of four do both. */
    private static String inGroupsOfFour(String fingerprint) {
        String digits = fingerprint.replaceAll("[:\\s]", "");
        return String.join(" ", digits.split("(?<=\\G.{4})"));
    }

    /**
     * Lays text out top to bottom over as many A4 pages as it needs: knows the current page and
     * height, wraps words to the column width and starts a new page when the current one is full.
     * In a language written right to left the layout is mirrored.
     */
    private static final class PageFlow implements Closeable {

        private static final PDRectangle PAGE_SIZE = PDRectangle.A4;
        private static final float MARGIN = 50;
        private static final float TOP = PAGE_SIZE.getHeight() - MARGIN;
        private static final float BOTTOM = MARGIN;
        private static final float WIDTH = PAGE_SIZE.getWidth() - 2 * MARGIN;
        private static final float FOOTER_BASELINE = 28;

        private static final float TITLE_SIZE = 16;
        private static final float SECTION_SIZE = 12.5f;
        private static final float SUBHEADING_SIZE = 10.5f;
        private static final float BODY_SIZE = 10;
        private static final float FOOTER_SIZE = 8;
        private static final float LINE_SPACING = 1.35f;
        private static final float PARAGRAPH_GAP = 4;

        private static final float FIELD_LABEL_WIDTH = 170;
        private static final float LIST_LABEL_WIDTH = 20;
        /** Between a label and its text, within the label's width. */
        private static final float LABEL_GAP = 6;
        private static final float INDENT = 20;

        private final PDDocument document;
        private final PdfText pdfText;
        private final PDFont regular;
        private final PDFont bold;
        /** The document's language reads right to left: labels, numbers and indents go on the right. */
        private final boolean rightToLeft;
        private PDPageContentStream stream;
        private float y;

        PageFlow(PDDocument document, Locale language) throws IOException {
            this.document = document;
            pdfText = new PdfText(document);
            regular = pdfText.regular();
            bold = pdfText.bold();
            rightToLeft = ULocale.forLocale(language).isRightToLeft();
            newPage();
        }

        void title(String text) throws IOException {
            paragraph(text, bold, TITLE_SIZE, 0);
            y -= 2 * PARAGRAPH_GAP;
        }

        void sectionHeading(String text) throws IOException {
            y -= 3 * PARAGRAPH_GAP;
            heading(text, SECTION_SIZE);
        }

        void subheading(String text) throws IOException {
            y -= PARAGRAPH_GAP;
            heading(text, SUBHEADING_SIZE);
        }

        void paragraph(String text) throws IOException {
            paragraph(text, regular, BODY_SIZE, 0);
            y -= PARAGRAPH_GAP;
        }

        void indentedParagraph(String text) throws IOException {
            paragraph(text, regular, BODY_SIZE, INDENT);
            y -= PARAGRAPH_GAP;
        }

        /** A bold label in the first column, the value wrapped in the column after it. */
        void field(String label, String value) throws IOException {
            columns(label, bold, FIELD_LABEL_WIDTH, value);
            y -= PARAGRAPH_GAP / 2;
        }

        /** A number or bullet hanging before its text, which wraps under itself, not under the label. */
        void listItem(String label, String text) throws IOException {
            columns(label, regular, LIST_LABEL_WIDTH, text);
            y -= PARAGRAPH_GAP;
        }

        void writeFooters(BiFunction<Integer, Integer, String> footerOfPage) throws IOException {
            int total = document.getNumberOfPages();
            for (int index = 0; index < total; index++) {
                String footer = pdfText.printable(footerOfPage.apply(index + 1, total));
                float x = (PAGE_SIZE.getWidth() - pdfText.width(footer, regular, FOOTER_SIZE)) / 2;
                try (PDPageContentStream footerStream = new PDPageContentStream(
                        document, document.getPage(index), AppendMode.APPEND, true, true)) {
                    footerStream.setNonStrokingColor(0.4f);
                    pdfText.show(footerStream, footer, regular, FOOTER_SIZE, Math.max(x, MARGIN), FOOTER_BASELINE);
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

        private void heading(String text, float size) throws IOException {
            // Keep the heading with the first lines that follow it, never alone at the foot of a page.
            List<String> lines = pdfText.wrap(text, bold, size, WIDTH);
            ensureRoom(lines.size() * leading(size) + 3 * leading(BODY_SIZE));
            lines(lines, pdfText.isRightToLeft(text, rightToLeft), bold, size, 0, WIDTH);
            y -= PARAGRAPH_GAP / 2;
        }

        /** A paragraph standing alone: its lines start on the side its own first letter reads from. */
        private void paragraph(String text, PDFont font, float size, float indent) throws IOException {
            float width = WIDTH - indent;
            lines(pdfText.wrap(text, font, size, width), pdfText.isRightToLeft(text, rightToLeft), font, size,
                    indent, width);
        }

        /**
         * Label and text both start on the document's side, whatever script the text is in: a value
         * reads as a value when it stands beside its label, not across the page from it.
         */
        private void columns(String label, PDFont labelFont, float labelWidth, String text) throws IOException {
            float labelColumnWidth = labelWidth - LABEL_GAP;
            float textWidth = WIDTH - labelWidth;
            float labelX = columnX(0, labelColumnWidth);
            float textX = columnX(labelWidth, textWidth);
            List<String> labelLines = pdfText.wrap(label, labelFont, BODY_SIZE, labelColumnWidth);
            List<String> textLines = pdfText.wrap(text, regular, BODY_SIZE, textWidth);
            int rows = Math.max(labelLines.size(), textLines.size());
            for (int row = 0; row < rows; row++) {
                ensureRoom(leading(BODY_SIZE));
                float baseline = y - BODY_SIZE;
                if (row < labelLines.size()) {
                    pdfText.showAligned(stream, labelLines.get(row), rightToLeft, labelFont, BODY_SIZE,
                            labelX, labelColumnWidth, baseline);
                }
                if (row < textLines.size()) {
                    pdfText.showAligned(stream, textLines.get(row), rightToLeft, regular, BODY_SIZE,
                            textX, textWidth, baseline);
                }
                y -= leading(BODY_SIZE);
            }
        }

        /** Lines in the column that starts indent points from the document's starting side. */
        private void lines(List<String> lines, boolean startRight, PDFont font, float size, float indent, float width)
                throws IOException {
            float x = columnX(indent, width);
            for (String line : lines) {
                ensureRoom(leading(size));
                pdfText.showAligned(stream, line, startRight, font, size, x, width, y - size);
                y -= leading(size);
            }
        }

        /** The left edge of a column placed from the document's starting side: the right one in Arabic. */
        private float columnX(float fromStart, float width) {
            return rightToLeft ? MARGIN + WIDTH - fromStart - width : MARGIN + fromStart;
        }

        private void ensureRoom(float height) throws IOException {
            // At the top of a page a new page would not help: whatever is taller than a page must split.
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

        private static float leading(float size) {
            return size * LINE_SPACING;
        }
    }
}

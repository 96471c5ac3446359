package org.euc.portal.certificate.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.preflight.Format;
import org.apache.pdfbox.preflight.PreflightDocument;
import org.apache.pdfbox.preflight.parser.PreflightParser;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.euc.portal.common.document.DrawnText;
import org.euc.portal.signature.TestPki;
import org.euc.portal.signature.service.PadesSigner;
import org.junit.jupiter.api.Test;

/**
 * Renders issued certificates and reads them back as a customs officer would: the text, and the QR
 * code scanned from a 300 dpi picture of the page. Asserts data, not labels, so it holds whether or
 * not the {@code issued.*} texts are in the bundle yet.
 */
class IssuedCertificateRendererTest {

    private static final String SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final String VERIFICATION_URL = "https://euc.mod.example/verify/EUC-2025-0042?code=7KQ2-M9XD";
    private static final String DECLARES_PART_2 = "7.11.2 Error on MetaData, part must be 1";
    private static final List<String> PURPOSES = List.of(
            "Terrorist act 3: kidnapping or hostage-taking",
            "Terrorist act 6: manufacture, possession, acquisition, transport, supply or use of weapons",
            "Arcadia Penal Code, s. 211 \u2014 Murder \u2014 life imprisonment");

    private final IssuedCertificateRenderer renderer = new IssuedCertificateRenderer();

    @Test
    void showsEveryFactOfTheApprovalOnOnePage() throws IOException {
        byte[] pdf = renderer.render(sample("Ministry of Interior", "Export only to the listed sites."));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertEquals(1, document.getNumberOfPages());
            assertEquals("Issued certificate EUC-2025-0042", document.getDocumentInformation().getTitle());
            assertContains(text, "EUC-2025-0042");
            assertContains(text, "Ministry of Interior (MOI)");
            assertContains(text, "Republic of Arcadia (AR)");
            assertContains(text, "Northwind Systems Ltd");
            assertContains(text, "EL-2025-117");
            assertContains(text, "Lawful interception");
            assertContains(text, "March 1, 2025");
            assertContains(text, "February 28, 2027");
            for (String purpose : PURPOSES) {
                assertContains(text, purpose);
            }
            assertContains(text, "Export only to the listed sites.");
            assertContains(text, "Rev Iewer");
            assertContains(text, "Senior Official");
            assertContains(text, "2025-03-03 14:05:09 UTC");
            assertTrue(withoutWhitespace(text).contains(SHA256), "the SHA-256 of the signed revision is missing");
            assertTrue(withoutWhitespace(text).contains(VERIFICATION_URL), "the verification address is missing");
        }
    }

    @Test
    void qrCodeScansToTheVerificationAddress() throws Exception {
        byte[] pdf = renderer.render(sample("Ministry of Interior", null));

        assertEquals(VERIFICATION_URL, scanQrCode(pdf));
    }

    @Test
    void withoutConditionsNoConditionsTextIsPrinted() throws IOException {
        String withConditions = text(renderer.render(sample("Ministry of Interior", "Only at site A.")));
        String withoutConditions = text(renderer.render(sample("Ministry of Interior", "  ")));

        assertContains(withConditions, "Only at site A.");
        assertFalse(withoutConditions.contains("Only at site A."));
        assertTrue(withoutConditions.length() < withConditions.length(), "the conditions section should be left out");
    }

    @Test
    void cyrillicAndArabicAgencyNameReadsBackAsEntered() throws Exception {
        String cyrillicAndArabic = "\u041e\u041e\u041e \u041a\u0438\u0431\u0435\u0440 \u0429\u0438\u0442"
                + " / \u0634\u0631\u0643\u0629 \u0627\u0644\u062f\u0631\u0639";
        byte[] pdf = renderer.render(sample(cyrillicAndArabic, null));

        // PDFBox's text extraction maps the Arabic joined forms back to letters and puts the
        // right-to-left run back in logical order: a wrong order or a '?' would show here.
        String text = text(pdf);
        assertContains(text, cyrillicAndArabic + " (MOI)");
        assertEquals(VERIFICATION_URL, scanQrCode(pdf));
    }

    @Test
    void anArabicParagraphOfConditionsStartsFromTheRightMargin() throws IOException {
        // "The system is exported only to site A."
        String arabic = "\u0644\u0627 \u064a\u0635\u062f\u0631 \u0627\u0644\u0646\u0638\u0627\u0645"
                + " \u0625\u0644\u0627 \u0625\u0644\u0649 \u0627\u0644\u0645\u0648\u0642\u0639 \u0623.";
        List<DrawnText> drawn = DrawnText.in(renderer.render(sample("Ministry of Interior",
                "Only at site A.\n" + arabic)));

        float leftMargin = 50;
        float rightMargin = PDRectangle.A4.getWidth() - 50;
        assertEquals(leftMargin, DrawnText.reading(drawn, "Only at site A.").left(), 2);
        assertEquals(rightMargin, DrawnText.reading(drawn, arabic).right(), 2);
    }

    @Test
    void onlyCharactersTheFontCannotShowBecomeQuestionMarks() throws IOException {
        String greekAndChinese = "\u03a5\u03c0\u03bf\u03c5\u03c1\u03b3\u03b5\u03af\u03bf \u516c\u5b89\u90e8";
        String text = text(renderer.render(sample(greekAndChinese, null)));

        assertContains(text, "\u03a5\u03c0\u03bf\u03c5\u03c1\u03b3\u03b5\u03af\u03bf ??? (MOI)");
    }

    @Test
    void isPdfAAsFarAsPreflightCanTell() throws Exception {
        String arabic = "\u0634\u0631\u0643\u0629 \u0627\u0644\u062f\u0631\u0639";
        byte[] pdf = renderer.render(sample(arabic, "Only at site A."));

        assertEquals(List.of(DECLARES_PART_2), preflightFindings(pdf));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            XMPMetadata xmp = new DomXmpParser().parse(document.getDocumentCatalog().getMetadata().toByteArray());
            assertEquals(2, xmp.getPDFAIdentificationSchema().getPart());
            assertEquals("B", xmp.getPDFAIdentificationSchema().getConformance());
            assertEquals("Issued certificate EUC-2025-0042", xmp.getDublinCoreSchema().getTitle());
        }
    }

    @Test
    void staysPdfAOnceSealed() throws IOException {
        byte[] pdf = renderer.render(sample("Ministry of Interior", null));
        TestPki.Credentials ministry = new TestPki("Ministry of Defence Test CA").issueCurrentlyValid("Ministry Seal");

        // The seal is an incremental update (see MinistrySeal): it must not undo what the renderer declared.
        byte[] sealed = new PadesSigner().sign(pdf, ministry.key(), ministry.chain(), "Ministry Seal",
                "Issued certificate EUC-2025-0042", Instant.parse("2025-03-03T14:06:00Z"));

        assertEquals(List.of(DECLARES_PART_2), preflightFindings(sealed));
    }

    /**
     * What Preflight, PDFBox's validator, finds. It knows only PDF/A-1b; the certificate keeps to
     * those stricter rules too (no transparency, no PDF 1.5 structures, fonts embedded with their
     * character sets), so the one finding expected is that it declares part 2 of the standard.
     */
    private static List<String> preflightFindings(byte[] pdf) throws IOException {
        try (PreflightDocument document = (PreflightDocument) new PreflightParser(new RandomAccessReadBuffer(pdf))
                .parse(Format.PDF_A1B)) {
            return document.validate().getErrorsList().stream()
                    .map(error -> error.getErrorCode() + " " + error.getDetails()).toList();
        }
    }

    private static String scanQrCode(byte[] pdf) throws IOException, NotFoundException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 300, ImageType.RGB);
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page)));
            return new MultiFormatReader().decode(bitmap, Map.of(
                    DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE),
                    DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        }
    }

    private static IssuedCertificateContent sample(String agencyName, String conditions) {
        return sample(agencyName, conditions, PURPOSES);
    }

    private static IssuedCertificateContent sample(String agencyName, String conditions, List<String> purposes) {
        return new IssuedCertificateContent("EUC-2025-0042", agencyName, "MOI", "Republic of Arcadia", "AR",
                "Northwind Systems Ltd", "EL-2025-117", "Interceptor 5", "Lawful interception", 2, 3,
                LocalDate.of(2025, 3, 1), LocalDate.of(2027, 2, 28), conditions, purposes,
                "Rev Iewer", "Senior Official", Instant.parse("2025-03-03T14:05:09Z"), 3, SHA256,
                VERIFICATION_URL);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static void assertContains(String text, String expected) {
        assertTrue(normalized(text).contains(normalized(expected)),
                () -> "expected \"" + expected + "\" in:\n" + text);
    }

    private static String normalized(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }

    private static String withoutWhitespace(String text) {
        return text.replaceAll("\\s+", "");
    }
}

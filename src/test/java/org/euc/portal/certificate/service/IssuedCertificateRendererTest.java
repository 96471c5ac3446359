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
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Renders issued certificates and reads them back as a customs officer would: the text, and the QR
 * code scanned from a 300 dpi picture of the page. Asserts data, not labels, so it holds whether or
 * not the {@code issued.*} texts are in the bundle yet.
 */
class IssuedCertificateRendererTest {

    private static final String SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final String VERIFICATION_URL = "https://euc.mod.example/verify/EUC-2025-0042?code=7KQ2-M9XD";
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
    void cyrillicAgencyNameStillRendersWithPlaceholders() throws Exception {
        String cyrillicName = "\u041c\u0438\u043d\u0438\u0441\u0442\u0435\u0440\u0441\u0442\u0432\u043e"
                + " \u0432\u043d\u0443\u0442\u0440\u0435\u043d\u043d\u0438\u0445 \u0434\u0435\u043b";
        byte[] pdf = renderer.render(sample(cyrillicName, null));

        String text = text(pdf);
        assertContains(text, cyrillicName.replaceAll("\\p{IsCyrillic}", "?") + " (MOI)");
        assertContains(text, "EUC-2025-0042");
        assertEquals(VERIFICATION_URL, scanQrCode(pdf));
    }

    @Test
    void longContentOverflowsToANumberedSecondPageInsteadOfRunningOffTheSheet() throws IOException {
        List<String> manyPurposes = IntStream.rangeClosed(1, 60).mapToObj(i -> "Purpose line number " + i).toList();
        IssuedCertificateContent content = sample("Ministry of Interior", null, manyPurposes);

        try (PDDocument document = Loader.loadPDF(renderer.render(content))) {
            String text = new PDFTextStripper().getText(document);
            int pages = document.getNumberOfPages();
            assertTrue(pages >= 2, "60 purposes cannot fit on one page");
            assertContains(text, "Purpose line number 60");
            assertContains(text, "EUC-2025-0042 \u00b7 1/" + pages);
            assertContains(text, "EUC-2025-0042 \u00b7 " + pages + "/" + pages);
            assertTrue(withoutWhitespace(text).contains(VERIFICATION_URL), "the end of the certificate is missing");
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

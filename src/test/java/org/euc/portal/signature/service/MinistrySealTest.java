package org.euc.portal.signature.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.euc.portal.signature.TestPki;
import org.euc.portal.signature.domain.PadesInspection;
import org.euc.portal.signature.domain.SignatureCheckOutcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Seals with a real PKCS#12 file, the way the server does, and checks the result as a third party would. */
class MinistrySealTest {

    private static final char[] PASSWORD = "seal-secret".toCharArray();

    private static TestPki.Credentials ministry;
    private static byte[] original;

    @TempDir
    Path folder;

    @BeforeAll
    static void createMinistryKeyAndDocument() throws IOException {
        ministry = new TestPki("Ministry of Defence Test CA").issueCurrentlyValid("Ministry of Defence Seal");
        original = onePagePdf("Issued certificate EUC-2025-0042");
    }

    @Test
    void sealedCertificateVerifiesWithTheMinistryAsSigner() throws IOException {
        MinistrySeal seal = new MinistrySeal(keystore(PASSWORD), PASSWORD, null);

        byte[] sealed = seal.seal(original, "Issued certificate EUC-2025-0042");

        PadesInspection inspection = new PadesVerifier().inspect(sealed, original);
        assertEquals(SignatureCheckOutcome.VALID, inspection.outcome(), inspection.detail());
        assertEquals(ministry.certificate(), inspection.signerCertificate());
        assertArrayEquals(original, Arrays.copyOf(sealed, original.length), "the seal must be an incremental update");
        try (PDDocument document = Loader.loadPDF(sealed)) {
            PDSignature signature = document.getLastSignatureDictionary();
            assertEquals("Ministry of Defence Seal", signature.getName());
            assertEquals("Issued certificate EUC-2025-0042", signature.getReason());
        }
    }

    @Test
    void certificateIsTheMinistrysAndAnExplicitAliasIsHonoured() throws IOException {
        MinistrySeal seal = new MinistrySeal(keystore(PASSWORD), PASSWORD, TestPki.KEY_ALIAS);

        assertTrue(seal.isConfigured());
        assertEquals(ministry.certificate(), seal.certificate());
    }

    @Test
    void unknownAliasIsRefusedNamingTheVariable() throws IOException {
        MinistrySeal seal = new MinistrySeal(keystore(PASSWORD), PASSWORD, "nobody");

        IllegalStateException refused = assertThrows(IllegalStateException.class, seal::certificate);
        assertTrue(refused.getMessage().contains("EUC_MINISTRY_KEY_ALIAS"), refused.getMessage());
    }

    @Test
    void notConfiguredNamesTheVariableToSet() {
        MinistrySeal seal = new MinistrySeal(null, null, null);

        assertFalse(seal.isConfigured());
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> seal.seal(original, "x"));
        assertTrue(refused.getMessage().contains("EUC_MINISTRY_KEYSTORE"), refused.getMessage());
    }

    @Test
    void wrongPasswordIsReportedAsSuch() throws IOException {
        MinistrySeal seal = new MinistrySeal(keystore(PASSWORD), "not-the-password".toCharArray(), null);

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> seal.seal(original, "x"));
        assertTrue(refused.getMessage().contains("EUC_MINISTRY_KEYSTORE_PASSWORD"), refused.getMessage());
        assertTrue(refused.getMessage().contains("password is wrong"), refused.getMessage());
    }

    @Test
    void missingKeystoreFileIsReportedWithItsPath() {
        Path missing = folder.resolve("absent.p12");
        MinistrySeal seal = new MinistrySeal(missing, PASSWORD, null);

        IllegalStateException refused = assertThrows(IllegalStateException.class, seal::certificate);
        assertTrue(refused.getMessage().contains(missing.toString()), refused.getMessage());
        assertTrue(refused.getMessage().contains("EUC_MINISTRY_KEYSTORE"), refused.getMessage());
    }

    private Path keystore(char[] password) throws IOException {
        Path file = folder.resolve("ministry.p12");
        Files.write(file, TestPki.toPkcs12(ministry, password));
        return file;
    }

    private static byte[] onePagePdf(String line) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 760);
                content.showText(line);
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}

package org.euc.portal.certificate.service;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.euc.portal.certificate.domain.SystemCategory;
import org.euc.portal.certificate.domain.TerroristAct;
import org.euc.portal.certificate.domain.Undertaking;
import org.euc.portal.certificate.service.CertificateDocumentContent.DeclaredOffence;
import org.euc.portal.common.document.DrawnText;
import org.junit.jupiter.api.Test;

/** Renders real certificates and reads them back as text, the way a reviewer or a court would. */
class CertificateDocumentRendererTest {

    private static final String FINGERPRINT = "3F2A9C0B7D4E1F6A8B5C2D9E0F1A3B4C5D6E7F8091A2B3C4D5E6F708192A3B4C";
    private static final TerroristAct UNDECLARED_ACT = TerroristAct.THREAT_TO_COMMIT;
    /** A Russian company name and an Arabic one: two scripts, two directions, in one field. */
    private static final String CYRILLIC_AND_ARABIC_NAME = "\u041e\u041e\u041e \u041a\u0438\u0431\u0435\u0440"
            + " \u0429\u0438\u0442 / \u0634\u0631\u0643\u0629 \u0627\u0644\u062f\u0631\u0639";
    /** "The Shield Company": a name that reads right to left from its first letter. */
    private static final String ARABIC_COMPANY = "\u0634\u0631\u0643\u0629 \u0627\u0644\u062f\u0631\u0639";
    /** "Ministry of Interior". */
    private static final String ARABIC_MINISTRY = "\u0648\u0632\u0627\u0631\u0629"
            + " \u0627\u0644\u062f\u0627\u062e\u0644\u064a\u0629";
    private static final Locale ARABIC = Locale.forLanguageTag("ar");

    /** The page's text column, between margins of 50 points; labels take its first 170 points. */
    private static final float LEFT_MARGIN = 50;
    private static final float RIGHT_MARGIN = PDRectangle.A4.getWidth() - 50;
    private static final float FIELD_LABEL_WIDTH = 170;
    /** How far from an edge a line may end and still be aligned to it. */
    private static final float ALIGNED = 2;

    private final CertificateDocumentRenderer renderer = new CertificateDocumentRenderer();

    @Test
    void englishCertificateCarriesIdentificationAndEveryDeclaredText() throws IOException {
        Rendered pdf = render(sample(Locale.ENGLISH, "Ministry of Interior", "Jane Doe"));

        assertContains(pdf.text, "End-Use/End-User Certificate");
        assertContains(pdf.text, "Reference EUC-2025-0042");
        assertContains(pdf.text, "Revision 3");
        assertContains(pdf.text, "Generated Mar 3, 2025");
        assertContains(pdf.text, "UTC");
        assertContains(pdf.text, "Ministry of Interior (MOI)");
        assertContains(pdf.text, "Republic of Examplia (EX)");
        assertContains(pdf.text, "Lawful interception");
        assertContains(pdf.text, "March 1, 2025 to February 28, 2027");
        assertContains(pdf.text, "3F2A 9C0B 7D4E 1F6A");
        assertEquals("End-Use/End-User Certificate EUC-2025-0042 r3", pdf.title);
    }

    @Test
    void declaredTerroristActsAppearInFullAndUndeclaredOnesDoNot() throws IOException {
        ResourceBundle english = bundle(Locale.ENGLISH);
        Rendered pdf = render(sample(Locale.ENGLISH, "Ministry of Interior", "Jane Doe"));

        assertContains(pdf.text, english.getString("terrorism.definition"));
        for (String aim : List.of("a", "b", "c")) {
            assertContains(pdf.text, english.getString("terrorism.aims." + aim));
        }
        for (TerroristAct act : declaredActs()) {
            assertContains(pdf.text, act.number() + ". " + english.getString(act.textKey()));
        }
        assertFalse(normalized(pdf.text).contains(normalized(english.getString(UNDECLARED_ACT.textKey()))),
                "an undeclared act is printed");
    }

    @Test
    void offencesShowTheirPenaltyAndTheCarveOutIsAlwaysPrinted() throws IOException {
        ResourceBundle english = bundle(Locale.ENGLISH);
        Rendered pdf = render(sample(Locale.ENGLISH, "Ministry of Interior", "Jane Doe"));

        assertContains(pdf.text, english.getString("seriousCrime.definition"));
        assertContains(pdf.text, "Penal Code s. 200 \u2014 Murder \u2014 maximum penalty life imprisonment");
        assertContains(pdf.text,
                "Penal Code s. 312 \u2014 Trafficking in persons \u2014 maximum penalty 12 years of imprisonment");
        assertContains(pdf.text, english.getString("carveOut.text"));
    }

    @Test
    void everyUndertakingAppearsWithTitleAndFullText() throws IOException {
        ResourceBundle english = bundle(Locale.ENGLISH);
        Rendered pdf = render(sample(Locale.ENGLISH, "Ministry of Interior", "Jane Doe"));

        for (Undertaking undertaking : Undertaking.values()) {
            assertContains(pdf.text, english.getString(undertaking.titleKey()));
            assertContains(pdf.text, english.getString(undertaking.textKey()));
        }
    }

    @Test
    void signatureNamesAgencyAndSignatoryWithTheApostropheIntact() throws IOException {
        Rendered pdf = render(sample(Locale.ENGLISH, "Ministry of Interior", "Jane Doe"));

        assertContains(pdf.text, "Signed for Ministry of Interior by its registered signatory Jane Doe,"
                + " Director of Technical Operations. This document is valid only with the signatory's");
    }

    @Test
    void everyPageHasAFooterWithTheTotalPageCount() throws IOException {
        Rendered pdf = render(sample(Locale.ENGLISH, "Ministry of Interior", "Jane Doe"));

        assertTrue(pdf.pages >= 2, "the sample should need at least two pages, got " + pdf.pages);
        for (int page = 1; page <= pdf.pages; page++) {
            assertEquals("EUC Portal \u00b7 EUC-2025-0042 \u00b7 revision 3 \u00b7 page " + page + " of " + pdf.pages,
                    normalized(pdf.footers.get(page - 1)));
        }
    }

    @Test
    void frenchCertificateIsEntirelyInFrenchWithItsAccentsAndApostrophes() throws IOException {
        ResourceBundle french = bundle(Locale.FRENCH);
        Rendered pdf = render(sample(Locale.FRENCH, "Minist\u00e8re de l'Int\u00e9rieur", "Jeanne Dupont"));

        assertContains(pdf.text, "Certificat d'utilisation et d'utilisateur finals");
        assertContains(pdf.text, "Engagements");
        assertContains(pdf.text, "Finalit\u00e9s d\u00e9clar\u00e9es");
        assertContains(pdf.text, "peine maximale : r\u00e9clusion \u00e0 perp\u00e9tuit\u00e9");
        assertContains(pdf.text, "peine maximale de 12 ans d'emprisonnement");
        assertContains(pdf.text, "1 mars 2025 au 28 f\u00e9vrier 2027");
        for (TerroristAct act : declaredActs()) {
            assertContains(pdf.text, french.getString(act.textKey()));
        }
        for (Undertaking undertaking : Undertaking.values()) {
            assertContains(pdf.text, french.getString(undertaking.titleKey()));
            assertContains(pdf.text, french.getString(undertaking.textKey()));
        }
        assertContains(pdf.text, french.getString("carveOut.text"));
        assertContains(pdf.text, "Ce document n'est valable qu'avec la signature");
        assertContains(pdf.footers.get(0), "r\u00e9vision 3 \u00b7 page 1 sur " + pdf.pages);
        assertFalse(pdf.text.contains("Undertakings"), "English leaked into the French certificate");
    }

    @Test
    void theCountryIsNamedInTheCertificatesLanguage() throws IOException {
        Rendered pdf = render(sample(Locale.FRENCH, "Bundeskriminalamt", "Jeanne Dupont", "DE", "Germany"));

        assertContains(pdf.text, "Allemagne (DE)");
        assertFalse(pdf.text.contains("Germany"), "the stored English name leaked into the French certificate");
    }

    @Test
    void cyrillicAndArabicNamesReadBackAsEntered() throws IOException {
        Rendered pdf = render(sample(Locale.ENGLISH, CYRILLIC_AND_ARABIC_NAME, "Jane Doe"));

        // PDFBox's text extraction maps the Arabic joined forms back to letters and puts the
        // right-to-left run back in logical order: a wrong order or a '?' would show here.
        assertContains(pdf.text, "Agency " + CYRILLIC_AND_ARABIC_NAME + " (MOI)");
        assertContains(pdf.text, "Signed for " + CYRILLIC_AND_ARABIC_NAME + " by its registered signatory Jane Doe");
    }

    @Test
    void onlyCharactersTheFontCannotShowBecomeQuestionMarks() {
        String ivanPetrov = "\u0418\u0432\u0430\u043d \u041f\u0435\u0442\u0440\u043e\u0432";
        String inChinese = "\u4f0a\u4e07";
        CertificateDocumentContent cjk = sample(Locale.ENGLISH, "Ministry of Interior", ivanPetrov + " " + inChinese);
        Rendered pdf = assertDoesNotThrow(() -> render(cjk));

        assertContains(pdf.text, "registered signatory " + ivanPetrov + " ??, Director");
    }

    @Test
    void arabicCommitmentHasItsHeadingsAndParagraphsAgainstTheRightMargin() throws IOException {
        ResourceBundle arabic = bundle(ARABIC);
        CertificateDocumentContent content = sample(ARABIC, ARABIC_MINISTRY, "Jane Doe");
        List<DrawnText> drawn = DrawnText.in(renderer.render(content));

        // Three lines, the last one short: left-aligned, it would end far from the right margin.
        Undertaking undertaking = Undertaking.NON_DISCRIMINATION;
        assertContains(render(content).text, arabic.getString(undertaking.textKey()));
        for (String key : List.of("pdf.title", "pdf.section.undertakings", "pdf.undertakings.intro",
                undertaking.titleKey(), undertaking.textKey())) {
            List<DrawnText> lines = DrawnText.linesOf(drawn, arabic.getString(key));
            assertFalse(lines.isEmpty(), key + " is not drawn");
            for (DrawnText line : lines) {
                assertEquals(RIGHT_MARGIN, line.right(), ALIGNED, () -> key + " line does not end at the right"
                        + " margin: " + line);
            }
        }
    }

    @Test
    void arabicCommitmentHasItsLabelsOnTheRightAndEveryValueBesideItsLabel() throws IOException {
        ResourceBundle arabic = bundle(ARABIC);
        List<DrawnText> drawn = DrawnText.in(renderer.render(sample(ARABIC, ARABIC_MINISTRY, "Jane Doe")));

        assertEquals(RIGHT_MARGIN, DrawnText.reading(drawn, arabic.getString("pdf.reference")).right(), ALIGNED);
        // A value starts beside its label in its own script or in another, never across the page from it.
        for (String value : List.of("EUC-2025-0042", arabic.getString("systemCategory.LAWFUL_INTERCEPTION"))) {
            assertEquals(RIGHT_MARGIN - FIELD_LABEL_WIDTH, DrawnText.reading(drawn, value).right(), ALIGNED, value);
        }
    }

    @Test
    void anArabicValueInAnEnglishCertificateStartsBesideItsLabelLikeAnyOther() throws IOException {
        List<DrawnText> drawn = DrawnText.in(renderer.render(
                sample(Locale.ENGLISH, "Ministry of Interior", "Jane Doe", ARABIC_COMPANY)));

        // Its own direction orders its letters; where it starts is the label's business.
        assertEquals(LEFT_MARGIN, DrawnText.reading(drawn, "Exporter").left(), ALIGNED);
        assertEquals(LEFT_MARGIN + FIELD_LABEL_WIDTH, DrawnText.reading(drawn, ARABIC_COMPANY).left(), ALIGNED);
        assertEquals(LEFT_MARGIN + FIELD_LABEL_WIDTH, DrawnText.reading(drawn, "Sentinel LI 4.2").left(), ALIGNED);
        assertEquals(LEFT_MARGIN, DrawnText.reading(drawn, "Exported system").left(), ALIGNED);
    }

    @Test
    void arabicCommitmentPrintsNoQuestionMarkTheEnglishOneDoesNot() throws IOException {
        Rendered english = render(sample(Locale.ENGLISH, ARABIC_MINISTRY, "Jane Doe"));
        Rendered arabic = render(sample(ARABIC, ARABIC_MINISTRY, "Jane Doe"));

        assertEquals(questionMarks(english), questionMarks(arabic), "a character the font lacks in:\n" + arabic.text);
    }

    @Test
    void arabicCommitmentWritesItsDatesInTheDigitsOfItsOtherNumbers() throws IOException {
        Rendered pdf = render(sample(ARABIC, ARABIC_MINISTRY, "Jane Doe"));

        // The year the validity ends, in the digits MessageFormat gives the bundle's numbers (the
        // penalties, the footer's page numbers): Arabic-Indic in Java's Arabic.
        String lastYear = String.format(ARABIC, "%d", 2027);
        assertContains(pdf.text, lastYear);
        assertFalse(pdf.text.contains("2027"), "a date in other digits than the rest of the document");
    }

    @Test
    void theSameContentRendersTheSameText() throws IOException {
        CertificateDocumentContent content =
                sample(Locale.FRENCH, "Minist\u00e8re de l'Int\u00e9rieur", "Jeanne Dupont");

        assertEquals(render(content), render(content));
    }

    /**
     * The text page by page, each page's footer (drawn last, so its last line) apart: a paragraph
     * running onto the next page then reads as one, as it does for a reader.
     */
    private Rendered render(CertificateDocumentContent content) throws IOException {
        try (PDDocument document = Loader.loadPDF(renderer.render(content))) {
            PDFTextStripper stripper = new PDFTextStripper();
            StringBuilder body = new StringBuilder();
            List<String> footers = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document).strip();
                int footerStart = text.lastIndexOf('\n') + 1;
                body.append(text, 0, footerStart);
                footers.add(text.substring(footerStart));
            }
            return new Rendered(body.toString(), footers, document.getNumberOfPages(),
                    document.getDocumentInformation().getTitle());
        }
    }

    private static CertificateDocumentContent sample(Locale locale, String agencyName, String signatoryName) {
        return sample(locale, agencyName, signatoryName, "EX", "Republic of Examplia", "Acme Surveillance Systems Ltd");
    }

    private static CertificateDocumentContent sample(Locale locale, String agencyName, String signatoryName,
            String countryCode, String countryName) {
        return sample(locale, agencyName, signatoryName, countryCode, countryName, "Acme Surveillance Systems Ltd");
    }

    private static CertificateDocumentContent sample(Locale locale, String agencyName, String signatoryName,
            String exporter) {
        return sample(locale, agencyName, signatoryName, "EX", "Republic of Examplia", exporter);
    }

    private static CertificateDocumentContent sample(Locale locale, String agencyName, String signatoryName,
            String countryCode, String countryName, String exporter) {
        return new CertificateDocumentContent(
                "EUC-2025-0042", 3, Instant.parse("2025-03-03T14:05:00Z"), locale,
                "MOI", agencyName, countryCode, countryName,
                exporter, "EXP-LIC-2025-117", "Sentinel LI 4.2",
                SystemCategory.LAWFUL_INTERCEPTION, 2, 3,
                LocalDate.of(2025, 3, 1), LocalDate.of(2027, 2, 28),
                signatoryName, "Director of Technical Operations", FINGERPRINT,
                declaredActs(),
                List.of(new DeclaredOffence("Penal Code s. 200", "Murder", null, true),
                        new DeclaredOffence("Penal Code s. 312", "Trafficking in persons", 12, false),
                        new DeclaredOffence("Narcotics Act s. 5", "Drug trafficking", 20, false)),
                List.of(Undertaking.values()));
    }

    private static List<TerroristAct> declaredActs() {
        return List.copyOf(EnumSet.complementOf(EnumSet.of(UNDECLARED_ACT)));
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static long questionMarks(Rendered pdf) {
        return (pdf.text + String.join("", pdf.footers)).chars().filter(character -> character == '?').count();
    }

    /** Wrapping turns spaces into line breaks and the PDF has no no-break spaces: compare words only. */
    private static String normalized(String text) {
        return DrawnText.words(text);
    }

    private static void assertContains(String text, String expected) {
        assertTrue(normalized(text).contains(normalized(expected)),
                () -> "missing \"" + expected + "\" in:\n" + normalized(text));
    }

    private record Rendered(String text, List<String> footers, int pages, String title) {
    }
}

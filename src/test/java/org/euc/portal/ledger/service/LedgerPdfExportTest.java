package org.euc.portal.ledger.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.euc.portal.common.document.DrawnText;
import org.euc.portal.ledger.domain.AuthorizationKind;
import org.euc.portal.ledger.domain.EntryType;
import org.euc.portal.ledger.domain.LedgerChannel;
import org.euc.portal.ledger.domain.LedgerEntryView;
import org.junit.jupiter.api.Test;

/** Renders ledger exports and reads them back as text, as an inspector's tools would. */
class LedgerPdfExportTest {

    private static final Instant GENERATED = Instant.parse("2026-03-20T09:30:00Z");
    /** Between a cell's text and its edges. */
    private static final float CELL_PADDING = 2.5f;

    private final LedgerPdfExport export = new LedgerPdfExport();

    @Test
    void sixtyEntriesRunOverSeveralPagesWithTheHeaderRowRepeatedAndPageNumbers() throws IOException {
        List<LedgerEntryView> entries = IntStream.rangeClosed(1, 60).mapToObj(LedgerPdfExportTest::entry).toList();

        try (PDDocument pdf = Loader.loadPDF(export.render("Ledger of EUC-2026-0007", entries, Locale.ENGLISH,
                GENERATED))) {
            int pages = pdf.getNumberOfPages();
            assertTrue(pages >= 2, "60 entries fit on " + pages + " page");
            PDRectangle size = pdf.getPage(0).getMediaBox();
            assertTrue(size.getWidth() > size.getHeight(), "not landscape");
            assertEquals(842, Math.round(size.getWidth()));

            String first = text(pdf, 1);
            assertTrue(first.contains("Ledger of EUC-2026-0007"), first);
            assertTrue(first.contains("Generated 2026-03-20 09:30:00 UTC"), first);
            assertTrue(first.contains("Entries: 60"), first);
            assertTrue(first.contains("Order reference"), first);
            assertTrue(first.contains("Legal basis"), first);
            assertTrue(first.contains("page 1 of " + pages), first);

            String second = text(pdf, 2);
            assertTrue(second.contains("Order reference"), "no header row on page 2: " + second);
            assertTrue(second.contains("Issuing authority"), second);
            assertTrue(second.contains("page 2 of " + pages), second);
            assertFalse(second.contains("Ledger of EUC-2026-0007"), "the title is printed once");

            String all = text(pdf, 1, pages);
            for (int i = 1; i <= 60; i++) {
                assertTrue(all.contains(String.format("ORD-%04d", i)), "entry " + i + " is missing");
            }
            assertTrue(all.contains("Terrorist act 1 \u2014 attack on life"), all);
            // the window wraps after its dash in the narrow column
            assertTrue(all.contains("2026-03-02 \u2013"), "validity window");
            assertTrue(all.contains("2026-03-31"), "validity window");
            assertTrue(all.contains("2026-03-02 10:15 UTC"), "recorded at");
            assertTrue(all.contains("importer.moi"), "recorded by");
        }
    }

    @Test
    void amendmentsNameTheEntryTheyAmend() throws IOException {
        LedgerEntryView correction = new LedgerEntryView(99, "EUC-2026-0007", "MOI", "XA", 5, EntryType.CORRECTION, 2,
                "typo", "ORD-X", "Court", AuthorizationKind.JUDICIAL_ORDER, null, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 3, 5),
                LocalDate.of(2026, 3, 10), "Terrorist act 6", 2, null, null, Instant.parse("2026-03-02T10:15:30Z"),
                "importer.moi", LedgerChannel.API, 0, "ab", null);
        try (PDDocument pdf = Loader.loadPDF(export.render("Ledger", List.of(correction), Locale.ENGLISH, GENERATED))) {
            String text = text(pdf, 1);
            assertTrue(text.contains("Correction of"), text);
            assertTrue(text.contains("no. 2"), text);
        }
    }

    @Test
    void greekHebrewAndCyrillicPrintAsEnteredAndOnlyWhatTheFontLacksBecomesQuestionMarks() throws IOException {
        String greekCourt = "\u0386\u03c1\u03b5\u03b9\u03bf\u03c2 \u03a0\u03ac\u03b3\u03bf\u03c2";
        String hebrewCourt = "\u05d1\u05d9\u05ea \u05d4\u05de\u05e9\u05e4\u05d8";
        LedgerEntryView sample = entry(1);
        LedgerEntryView entry = new LedgerEntryView(1, sample.certificateReference(), "MOI", "XA", 1, EntryType.RECORD,
                null, null, "ORD-\u0416 \u4e2d", greekCourt, AuthorizationKind.JUDICIAL_ORDER, null, sample.issuedOn(),
                sample.validFrom(), sample.validUntil(), sample.usedFrom(), sample.usedUntil(), hebrewCourt + " 12",
                2, null, null, sample.recordedAt(), "importer.moi", LedgerChannel.FORM, 0, "ab", null);

        try (PDDocument pdf = Loader.loadPDF(export.render("Registre \u2014 \u0416", List.of(entry), Locale.ENGLISH,
                GENERATED))) {
            String text = text(pdf, 1);
            assertTrue(text.contains("Registre \u2014 \u0416"), text);
            assertTrue(text.contains("ORD-\u0416 ?"), "CJK is the one script DejaVu Sans lacks: " + text);
            assertTrue(text.contains(greekCourt), text);
            // PDFBox's extraction puts the right-to-left run back in logical order.
            assertTrue(text.contains(hebrewCourt + " 12"), text);
        }
    }

    @Test
    void aCellInArabicEndsAtTheRightOfItsColumnAndOneInLatinStartsAtTheLeft() throws IOException {
        String supremeCourt = "\u0627\u0644\u0645\u062d\u0643\u0645\u0629 \u0627\u0644\u0639\u0644\u064a\u0627";
        List<DrawnText> drawn = DrawnText.in(export.render("Ledger", List.of(entry(1, "High Court"),
                entry(2, supremeCourt)), Locale.ENGLISH, GENERATED));

        // The header labels are in English: each starts at its column's left edge, inside the padding.
        float authorityLabel = DrawnText.reading(drawn, "Issuing authority").left();
        float nextColumnEdge = DrawnText.reading(drawn, "Kind").left() - CELL_PADDING;
        assertEquals(authorityLabel, DrawnText.reading(drawn, "High Court").left(), 0.5);
        assertEquals(nextColumnEdge - CELL_PADDING, DrawnText.reading(drawn, supremeCourt).right(), 0.5);
    }

    @Test
    void anEmptyLedgerSaysSoOnOnePage() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(export.render("Ledger of EUC-2026-0008", List.of(), Locale.ENGLISH,
                GENERATED))) {
            assertEquals(1, pdf.getNumberOfPages());
            String text = text(pdf, 1);
            assertTrue(text.contains("No entries."), text);
            assertTrue(text.contains("page 1 of 1"), text);
            assertFalse(text.contains("Order reference"), "a table header without rows");
        }
    }

    @Test
    void labelsComeInTheRequestedLanguage() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(export.render("Registre", List.of(entry(1)), Locale.FRENCH, GENERATED))) {
            String text = text(pdf, 1);
            assertTrue(text.contains("page 1 sur 1"), text);
            assertTrue(text.contains("Base l\u00e9gale"), text);
            assertTrue(text.contains("Consignation"), text);
        }
    }

    private static String text(PDDocument pdf, int page) throws IOException {
        return text(pdf, page, page);
    }

    private static String text(PDDocument pdf, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(pdf);
    }

    private static LedgerEntryView entry(int position) {
        return entry(position, "Examplia High Court, Criminal Division No. 3");
    }

    private static LedgerEntryView entry(int position, String issuingAuthority) {
        return new LedgerEntryView(position, "EUC-2026-0007", "MOI", "XA", position, EntryType.RECORD, null, null,
                String.format("ORD-%04d", position), issuingAuthority,
                AuthorizationKind.JUDICIAL_ORDER, null, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 31), LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 10),
                "Terrorist act 1 \u2014 attack on life", 3, "OP-" + position, "9f86d081884c7d65",
                Instant.parse("2026-03-02T10:15:30Z"), "importer.moi", LedgerChannel.FORM, position % 3, "ab" + position, null);
    }
}

package org.euc.portal.ledger.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.euc.portal.certificate.domain.TerroristAct;
import org.junit.jupiter.api.Test;

/** A ledger entry's legal basis is stored as a fact and read in the reader's language. */
class LedgerEntryViewTest {

    @Test
    void aTerroristActIsNamedByItsNumberAndLegalTextInTheReadersLanguage() {
        LedgerEntryView entry = entry("Terrorist act: KIDNAPPING_OR_HOSTAGE_TAKING", TerroristAct.KIDNAPPING_OR_HOSTAGE_TAKING);

        assertEquals("Terrorist act 3: kidnapping or hostage-taking", entry.legalBasisIn(Locale.ENGLISH));
        assertEquals("Acte terroriste 3\u00a0: l'enl\u00e8vement ou la prise d'otage", entry.legalBasisIn(Locale.FRENCH));
        assertEquals("\u0627\u0644\u0639\u0645\u0644 \u0627\u0644\u0625\u0631\u0647\u0627\u0628\u064a \u0663: "
                + "\u0627\u0644\u0627\u062e\u062a\u0637\u0627\u0641 \u0623\u0648 \u0623\u062e\u0630 \u0627\u0644\u0631\u0647\u0627\u0626\u0646",
                entry.legalBasisIn(Locale.forLanguageTag("ar")));
    }

    @Test
    void anOffenceReadsAsTheCatalogueNamesIt() {
        LedgerEntryView entry = entry("ARC-PC-211 Penal Code s. 211 (Murder)", null);

        assertEquals("ARC-PC-211 Penal Code s. 211 (Murder)", entry.legalBasisIn(Locale.FRENCH));
    }

    private static LedgerEntryView entry(String legalBasis, TerroristAct act) {
        LocalDate day = LocalDate.of(2026, 3, 1);
        return new LedgerEntryView(1, "EUC-2026-0001", "MOI", "XA", 1, EntryType.RECORD, null, null, "O-1", "Court",
                AuthorizationKind.JUDICIAL_ORDER, null, day, day, day, day, day, legalBasis, 1, null, null,
                Instant.parse("2026-03-02T10:00:00Z"), "importer", LedgerChannel.FORM, 0, "00", act);
    }
}

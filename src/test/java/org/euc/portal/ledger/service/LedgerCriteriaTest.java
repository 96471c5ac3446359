package org.euc.portal.ledger.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;
import org.euc.portal.common.i18n.Phrase;
import org.junit.jupiter.api.Test;

/** What a ledger filter selects, as an export's title and a sample's criteria name it, in each reader's language. */
class LedgerCriteriaTest {

    @Test
    void everyLedgerIsTheWholeRegister() {
        Phrase everything = LedgerOversight.describe(LedgerFilter.everything());

        assertEquals("Judicial authorization ledger", everything.toString());
        assertEquals("Registre des autorisations judiciaires", everything.in(Locale.FRENCH));
    }

    @Test
    void eachCriterionIsNamedInTheReadersLanguage() {
        Phrase criteria = LedgerOversight.describe(new LedgerFilter("XA", "ARC-NPA", null, LocalDate.of(2026, 3, 1),
                null, true));

        assertEquals("Judicial authorization ledger of agency ARC-NPA; country XA; used 2026-03-01 to \u2026; "
                + "flagged entries only", criteria.toString());
        assertEquals("Registre des autorisations judiciaires de l'organisme ARC-NPA ; pays XA ; utilis\u00e9 du "
                + "2026-03-01 au \u2026 ; entr\u00e9es signal\u00e9es uniquement", criteria.in(Locale.FRENCH));
    }

    @Test
    void aCertificateOfAnAgencyNamesBoth() {
        assertEquals("Judicial authorization ledger of certificate EUC-2026-000001 of agency ARC-NPA",
                LedgerOversight.describe(new LedgerFilter(null, "ARC-NPA", "EUC-2026-000001", null, null, false))
                        .toString());
    }
}

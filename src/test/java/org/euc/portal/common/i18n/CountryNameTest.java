package org.euc.portal.common.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class CountryNameTest {

    private static final Locale ARABIC = Locale.forLanguageTag("ar");
    private static final CountryName GERMANY = new CountryName("DE", "Germany");

    @Test
    void aCountryIsNamedInTheReadersLanguage() {
        assertEquals("Allemagne", GERMANY.in(Locale.FRENCH));
        assertEquals("\u0623\u0644\u0645\u0627\u0646\u064a\u0627", GERMANY.in(ARABIC));
        assertEquals("Allemagne", GERMANY.in(Locale.CANADA_FRENCH), "a regional variant reads its language");
    }

    @Test
    void englishReadersSeeTheStoredNameAsWritten() {
        assertEquals("Federal Republic of Germany", new CountryName("DE", "Federal Republic of Germany").in(Locale.ENGLISH));
        assertEquals("Germany", GERMANY.in(null));
    }

    @Test
    void userAssignedCodesKeepTheirStoredNameInEveryLanguage() {
        // ICU calls XA and XB pseudo-locales and answers XC with the code: none of them is our country
        for (Locale locale : new Locale[] {Locale.FRENCH, ARABIC, Locale.ENGLISH}) {
            assertEquals("Arcadia", new CountryName("XA", "Arcadia").in(locale));
            assertEquals("Borealia", new CountryName("XB", "Borealia").in(locale));
            assertEquals("Cascadia", new CountryName("XC", "Cascadia").in(locale));
        }
    }

    @Test
    void messagesNameTheCountryInTheirOwnLanguage() {
        assertTrue(MessageCatalog.text(Locale.FRENCH, "rule.country.notApproved", GERMANY, "2026-03-20", "-")
                .startsWith("Allemagne "));
        assertTrue(MessageCatalog.text(Locale.ENGLISH, "rule.country.notApproved", GERMANY, "2026-03-20", "-")
                .startsWith("Germany "), "the API's English keeps the stored name");
    }
}

package org.euc.portal.common.i18n;

import com.ibm.icu.util.ULocale;
import java.io.Serializable;
import java.util.Locale;
import java.util.Set;

/**
 * A country as readers see it: ICU's name for its ISO 3166-1 code in the reader's language, the
 * portal's stored English name otherwise. Pass it as a message argument and {@link MessageCatalog}
 * names the country in the language of the message.
 *
 * @param code ISO 3166-1 alpha-2 code
 * @param englishName the name the portal stores: its English wording, and the fallback
 */
public record CountryName(String code, String englishName) implements Serializable {

    /**
     * Codes ISO 3166-1 assigns to a country. User-assigned codes (AA, QM-QZ, XA-XZ, ZZ: the demo
     * and test countries) are left out: ICU names some of them, wrongly for us (XA "Pseudo-Accents").
     */
    private static final Set<String> ASSIGNED = Set.of(Locale.getISOCountries());

    public String in(Locale locale) {
        // the stored names are the portal's English, so English readers keep seeing exactly them
        if (locale == null || Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) || code == null
                || !ASSIGNED.contains(code)) {
            return englishName;
        }
        String named = new ULocale("", code).getDisplayCountry(ULocale.forLocale(locale));
        // ICU answers with the code itself when it has no name for it
        return named.isEmpty() || named.equals(code) ? englishName : named;
    }

    /** Without a reader (logs, exception messages): the stored name. */
    @Override
    public String toString() {
        return englishName;
    }
}

package org.euc.portal.common.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which language the portal writes in for a user's language tag: theirs when a bundle exists, else English. */
class MessageCatalogTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "null", value = {
        "fr, fr", "fr-CA, fr", "fr_BE, fr", "ar, ar", "ar-MA, ar", "en, en", "en-GB, en",
        "de, en", "zh-Hant-TW, en", "null, en", "'  ', en", "not a tag, en"})
    void aLanguageWithABundleIsKeptAnyOtherBecomesEnglish(String tag, String language) {
        assertEquals(Locale.forLanguageTag(language), MessageCatalog.language(tag));
    }
}

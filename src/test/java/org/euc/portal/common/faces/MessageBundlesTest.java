package org.euc.portal.common.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page ships in English and in each translation: every bundle must carry the same keys and
 * placeholders as the English base bundle, and no translated text may be left empty.
 */
class MessageBundlesTest {

    /** messages_en.properties stays empty on purpose: English is the base bundle. */
    private static final TranslatedBundle MESSAGES = new TranslatedBundle("messages");

    private final Properties english = MESSAGES.load(TranslatedBundle.ENGLISH);

    @ParameterizedTest(name = "{0}")
    @MethodSource(TranslatedBundle.TRANSLATION_SOURCE)
    void hasExactlyTheSameKeysAsEnglish(String language) {
        MESSAGES.assertSameKeysAsEnglish(language);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TranslatedBundle.TRANSLATION_SOURCE)
    void noTextIsLeftEmpty(String language) {
        Properties translation = MESSAGES.load(language);
        Set<String> empty = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            String text = translation.getProperty(key);
            if (!english.getProperty(key).isBlank() && text != null && text.isBlank()) {
                empty.add(key);
            }
        }

        assertTrue(empty.isEmpty(), "empty in " + MESSAGES.fileOf(language) + " but not in English: " + empty);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TranslatedBundle.LANGUAGE_SOURCE)
    void placeholdersMatchAndApostrophesSurviveFormatting(String language) {
        Properties translation = MESSAGES.load(language);
        for (String key : english.stringPropertyNames()) {
            String en = english.getProperty(key);
            String text = translation.getProperty(key);
            if (text == null) {
                continue; // reported by hasExactlyTheSameKeysAsEnglish
            }
            assertEquals(new MessageFormat(en).getFormats().length, new MessageFormat(text).getFormats().length,
                    "placeholders of " + key + " (" + language + ")");
            // any argument makes a pattern, also one whose first is {2} (Faces' converter messages)
            if (en.matches("(?s).*\\{\\d.*")) {
                assertEquals(count(text, '\''), count(MessageFormat.format(text, sampleArguments(text)), '\'') * 2,
                        "write '' for an apostrophe in the pattern " + key + " (" + language + ")");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TranslatedBundle.LANGUAGE_SOURCE)
    void noKeyIsDefinedTwice(String language) {
        MESSAGES.assertNoKeyTwice(language);
    }

    /** Numbers for patterns that choose a plural or format a number, words otherwise. */
    private static Object[] sampleArguments(String pattern) {
        return pattern.contains(",choice,") || pattern.contains(",number") ? new Object[] {2, 2, 2} : new Object[] {"x", "y", "z"};
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }
}

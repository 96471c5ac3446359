package org.euc.portal.common.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page ships in English and in each translation: every bundle must carry the same keys and
 * placeholders as the English base bundle, and no translated text may be left empty.
 */
class MessageBundlesTest {

    /** The translations of messages.properties (messages_en.properties stays empty on purpose). */
    private static final List<String> TRANSLATIONS = List.of("fr", "ar");

    private static final String ENGLISH = "en";

    private final Properties english = load(ENGLISH);

    static Stream<String> translations() {
        return TRANSLATIONS.stream();
    }

    static Stream<String> languages() {
        return Stream.concat(Stream.of(ENGLISH), translations());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("translations")
    void hasExactlyTheSameKeysAsEnglish(String language) {
        Properties translation = load(language);
        Set<String> missingInTranslation = new TreeSet<>(english.stringPropertyNames());
        missingInTranslation.removeAll(translation.stringPropertyNames());
        Set<String> missingInEnglish = new TreeSet<>(translation.stringPropertyNames());
        missingInEnglish.removeAll(english.stringPropertyNames());

        assertTrue(missingInTranslation.isEmpty(), "missing in " + bundle(language) + ": " + missingInTranslation);
        assertTrue(missingInEnglish.isEmpty(), "missing in " + bundle(ENGLISH) + ": " + missingInEnglish);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("translations")
    void noTextIsLeftEmpty(String language) {
        Properties translation = load(language);
        Set<String> empty = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            String text = translation.getProperty(key);
            if (!english.getProperty(key).isBlank() && text != null && text.isBlank()) {
                empty.add(key);
            }
        }

        assertTrue(empty.isEmpty(), "empty in " + bundle(language) + " but not in English: " + empty);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void placeholdersMatchAndApostrophesSurviveFormatting(String language) {
        Properties translation = load(language);
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

    /** A key written twice silently keeps its last text: the first use of it shows the wrong words. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void noKeyIsDefinedTwice(String language) {
        Set<String> seen = new TreeSet<>();
        Set<String> twice = new TreeSet<>();
        readInto(language, new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                if (!seen.add((String) key)) {
                    twice.add((String) key);
                }
                return super.put(key, value);
            }
        });

        assertTrue(twice.isEmpty(), "defined twice in " + bundle(language) + ": " + twice);
    }

    /** Numbers for patterns that choose a plural or format a number, words otherwise. */
    private static Object[] sampleArguments(String pattern) {
        return pattern.contains(",choice,") || pattern.contains(",number") ? new Object[] {2, 2, 2} : new Object[] {"x", "y", "z"};
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }

    private static String bundle(String language) {
        return ENGLISH.equals(language) ? "messages.properties" : "messages_" + language + ".properties";
    }

    private static Properties load(String language) {
        return readInto(language, new Properties());
    }

    private static Properties readInto(String language, Properties properties) {
        String resource = "/" + bundle(language);
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " on the classpath");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

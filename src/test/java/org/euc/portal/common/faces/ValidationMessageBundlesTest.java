package org.euc.portal.common.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Bean Validation messages ship in English and in each translation, like the page messages
 * ({@link MessageBundlesTest}), and every constraint the portal's classes use is worded in them. Their
 * texts are Hibernate Validator templates, not MessageFormat patterns: {@code {max}} names an attribute
 * of the constraint, an apostrophe is written once and a dollar sign would start an expression.
 */
class ValidationMessageBundlesTest {

    private static final TranslatedBundle VALIDATION_MESSAGES = new TranslatedBundle("ValidationMessages");

    private static final Pattern PARAMETER = Pattern.compile("\\{[^{}]*}");

    /** A constraint named by its import or written out in full, and a message key an annotation names. */
    private static final Pattern CONSTRAINT = Pattern.compile(
            "(?:import\\s+|@)((?:jakarta\\.validation|org\\.hibernate\\.validator)\\.constraints\\.(?:\\w+|\\*))");
    private static final Pattern MESSAGE_KEY = Pattern.compile("message\\s*=\\s*\"\\{([^}\"]+)}\"");

    private final Properties english = VALIDATION_MESSAGES.load(TranslatedBundle.ENGLISH);

    @ParameterizedTest(name = "{0}")
    @MethodSource(TranslatedBundle.TRANSLATION_SOURCE)
    void hasExactlyTheSameKeysAsEnglish(String language) {
        VALIDATION_MESSAGES.assertSameKeysAsEnglish(language);
    }

    /** English lives in the base bundle; the _en one only keeps English from falling back to the server's language. */
    @Test
    void theEnglishBundleStaysEmpty() {
        Properties en = TranslatedBundle.read("/ValidationMessages_en.properties", new Properties());

        assertEquals(Set.of(), en.stringPropertyNames());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TranslatedBundle.LANGUAGE_SOURCE)
    void noTextIsEmpty(String language) {
        Properties bundle = VALIDATION_MESSAGES.load(language);
        Set<String> empty = new TreeSet<>();
        for (String key : bundle.stringPropertyNames()) {
            if (bundle.getProperty(key).isBlank()) {
                empty.add(key);
            }
        }

        assertTrue(empty.isEmpty(), "empty in " + VALIDATION_MESSAGES.fileOf(language) + ": " + empty);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TranslatedBundle.LANGUAGE_SOURCE)
    void parametersMatchEnglishAndTextsAreHibernateValidatorTemplates(String language) {
        Properties translation = VALIDATION_MESSAGES.load(language);
        for (String key : english.stringPropertyNames()) {
            String text = translation.getProperty(key);
            if (text == null) {
                continue; // reported by hasExactlyTheSameKeysAsEnglish
            }
            assertEquals(parameters(english.getProperty(key)), parameters(text),
                    "parameters of " + key + " (" + language + ")");
            assertFalse(text.contains("''"), "write an apostrophe once in " + key + " (" + language + ")");
            assertFalse(text.contains("$"), "no dollar sign, it starts an expression: " + key + " (" + language + ")");
            assertFalse(text.replaceAll(PARAMETER.pattern(), "").matches(".*[{}].*"),
                    "a brace outside a parameter in " + key + " (" + language + ")");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TranslatedBundle.LANGUAGE_SOURCE)
    void noKeyIsDefinedTwice(String language) {
        VALIDATION_MESSAGES.assertNoKeyTwice(language);
    }

    /**
     * A constraint the bundle does not word would speak Hibernate Validator's English (or no Arabic at
     * all): each one the sources use, and each message key an annotation names, is in the bundle.
     */
    @Test
    void everyConstraintThePortalUsesHasThePortalsWording() throws IOException {
        Set<String> unworded = new TreeSet<>();
        Set<String> constraints = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                Matcher constraint = CONSTRAINT.matcher(code);
                while (constraint.find()) {
                    String type = constraint.group(1);
                    assertFalse(type.endsWith("*"), "import each constraint by name in " + source);
                    constraints.add(type);
                    if (!english.containsKey(type + ".message")) {
                        unworded.add(type + ".message (" + source.getFileName() + ")");
                    }
                }
                Matcher key = MESSAGE_KEY.matcher(code);
                while (key.find()) {
                    if (!english.containsKey(key.group(1))) {
                        unworded.add(key.group(1) + " (" + source.getFileName() + ")");
                    }
                }
            }
        }

        assertFalse(constraints.isEmpty(), "no constraint found: is the working directory the project's?");
        assertTrue(unworded.isEmpty(), "not in ValidationMessages.properties: " + unworded);
    }

    private static List<String> parameters(String text) {
        return PARAMETER.matcher(text).results().map(MatchResult::group).sorted().toList();
    }
}

package org.euc.portal.common.faces;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A bundle of the portal's texts and its translations, as the bundle tests read them, with the
 * checks every such bundle passes: the same keys in every language, and no key written twice.
 */
final class TranslatedBundle {

    /** The portal's translations; English is the base bundle. A new language is added here. */
    static final List<String> TRANSLATIONS = List.of("fr", "ar");
    static final String ENGLISH = "en";
    /** For {@code @MethodSource}: every translation, and every language with English. */
    static final String TRANSLATION_SOURCE = "org.euc.portal.common.faces.TranslatedBundle#translations";
    static final String LANGUAGE_SOURCE = "org.euc.portal.common.faces.TranslatedBundle#languages";

    private final String baseName;

    TranslatedBundle(String baseName) {
        this.baseName = baseName;
    }

    static Stream<String> translations() {
        return TRANSLATIONS.stream();
    }

    static Stream<String> languages() {
        return Stream.concat(Stream.of(ENGLISH), translations());
    }

    String fileOf(String language) {
        return baseName + (ENGLISH.equals(language) ? "" : "_" + language) + ".properties";
    }

    Properties load(String language) {
        return read("/" + fileOf(language), new Properties());
    }

    void assertSameKeysAsEnglish(String language) {
        Properties english = load(ENGLISH);
        Properties translation = load(language);
        Set<String> missingInTranslation = new TreeSet<>(english.stringPropertyNames());
        missingInTranslation.removeAll(translation.stringPropertyNames());
        Set<String> missingInEnglish = new TreeSet<>(translation.stringPropertyNames());
        missingInEnglish.removeAll(english.stringPropertyNames());

        assertTrue(missingInTranslation.isEmpty(), "missing in " + fileOf(language) + ": " + missingInTranslation);
        assertTrue(missingInEnglish.isEmpty(), "missing in " + fileOf(ENGLISH) + ": " + missingInEnglish);
    }

    /** A key written twice silently keeps its last text: the first use of it shows the wrong words. */
    void assertNoKeyTwice(String language) {
        Set<String> seen = new TreeSet<>();
        Set<String> twice = new TreeSet<>();
        read("/" + fileOf(language), new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                if (!seen.add((String) key)) {
                    twice.add((String) key);
                }
                return super.put(key, value);
            }
        });

        assertTrue(twice.isEmpty(), "defined twice in " + fileOf(language) + ": " + twice);
    }

    static Properties read(String resource, Properties into) {
        try (InputStream in = TranslatedBundle.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " on the classpath");
            }
            into.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return into;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

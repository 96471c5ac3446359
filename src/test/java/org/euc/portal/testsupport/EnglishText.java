package org.euc.portal.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Finds English left on a page read in another language: any English sentence of the bundle (a
 * piece between placeholders, long enough to be words rather than a name) that the translation
 * words differently, and the English the portal used to write into stored records.
 */
public final class EnglishText {

    /** Shorter pieces are names, codes or words both languages share ("Arcadia", "PDF", "Notes"). */
    private static final int SHORTEST_SENTENCE = 16;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");
    /** English the portal wrote into records before they kept facts: must not come back. */
    private static final Set<String> STORED_ENGLISH = Set.of("(proposed by ");

    private final Set<String> sentences = new TreeSet<>();

    private EnglishText(Properties english, Properties translation) {
        for (String key : english.stringPropertyNames()) {
            String text = english.getProperty(key);
            if (text.equals(translation.getProperty(key))) {
                continue;
            }
            for (String piece : PLACEHOLDER.split(text.replace("''", "'"))) {
                String trimmed = piece.strip();
                if (trimmed.length() >= SHORTEST_SENTENCE && trimmed.contains(" ")) {
                    sentences.add(trimmed);
                }
            }
        }
        sentences.addAll(STORED_ENGLISH);
    }

    /** The English that a page in this language must not show. */
    public static EnglishText notIn(String language) {
        return new EnglishText(bundle("messages.properties"), bundle("messages_" + language + ".properties"));
    }

    /** Each English sentence found in the text, in order. */
    public Set<String> foundIn(String pageText) {
        Set<String> found = new TreeSet<>();
        String flattened = pageText.replaceAll("\\s+", " ");
        for (String sentence : sentences) {
            if (flattened.contains(sentence)) {
                found.add(sentence);
            }
        }
        return found;
    }

    private static Properties bundle(String name) {
        try (InputStream in = EnglishText.class.getResourceAsStream("/" + name)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

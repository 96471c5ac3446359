package org.euc.portal.common.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every page ships in English and French: the two bundles must carry the same keys and placeholders. */
class MessageBundlesTest {

    private final Properties english = load("/messages.properties");
    private final Properties french = load("/messages_fr.properties");

    @Test
    void bothLanguagesHaveExactlyTheSameKeys() {
        Set<String> missingInFrench = new TreeSet<>(english.stringPropertyNames());
        missingInFrench.removeAll(french.stringPropertyNames());
        Set<String> missingInEnglish = new TreeSet<>(french.stringPropertyNames());
        missingInEnglish.removeAll(english.stringPropertyNames());

        assertTrue(missingInFrench.isEmpty(), "missing in messages_fr.properties: " + missingInFrench);
        assertTrue(missingInEnglish.isEmpty(), "missing in messages.properties: " + missingInEnglish);
    }

    @Test
    void placeholdersMatchAndApostrophesSurviveFormatting() {
        for (String key : english.stringPropertyNames()) {
            String en = english.getProperty(key);
            String fr = french.getProperty(key);
            assertEquals(new MessageFormat(en).getFormats().length, new MessageFormat(fr).getFormats().length,
                    "placeholders of " + key);
            if (en.contains("{0}")) {
                assertEquals(count(en, '\''), count(MessageFormat.format(en, sampleArguments(en)), '\'') * 2,
                        "write '' for an apostrophe in the pattern " + key + " (en)");
                assertEquals(count(fr, '\''), count(MessageFormat.format(fr, sampleArguments(fr)), '\'') * 2,
                        "write '' for an apostrophe in the pattern " + key + " (fr)");
            }
        }
    }

    /** Numbers for patterns that choose a plural or format a number, words otherwise. */
    private static Object[] sampleArguments(String pattern) {
        return pattern.contains(",choice,") || pattern.contains(",number") ? new Object[] {2, 2, 2} : new Object[] {"x", "y", "z"};
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }

    private static Properties load(String resource) {
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

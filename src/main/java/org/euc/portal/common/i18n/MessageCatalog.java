package org.euc.portal.common.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The portal's message bundle for code outside pages (services, API, PDF): the same
 * {@code messages*.properties} the pages use as {@code msg}.
 */
public final class MessageCatalog {

    private static final String BUNDLE = "messages";

    private MessageCatalog() {
    }

    /**
     * The text of a key in a language. Texts with arguments are MessageFormat patterns; texts
     * without are returned as written (so their apostrophes survive).
     */
    public static String text(Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            // no fallback to the server's default locale: English is the base bundle
            pattern = ResourceBundle.getBundle(BUNDLE, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (arguments.length == 0) {
            return pattern;
        }
        Object[] shown = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            shown[i] = shown(locale, arguments[i]);
        }
        return new MessageFormat(pattern, locale).format(shown);
    }

    /** Arguments that are words, not data, are worded in the message's language. */
    private static Object shown(Locale locale, Object argument) {
        if (argument instanceof Labelled labelled) {
            return text(locale, labelled.labelKey());
        }
        if (argument instanceof CountryName country) {
            return country.in(locale);
        }
        return argument;
    }
}

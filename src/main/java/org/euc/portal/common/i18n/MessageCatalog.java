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
    // no fallback to the server's default locale: English is the base bundle
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private MessageCatalog() {
    }

    /**
     * The language the portal writes to someone who prefers this language tag (e.g. a Keycloak
     * {@code locale}): its own when a {@code messages_xx.properties} exists for it, else English. Read
     * from the bundles themselves, so a new translation needs no change here.
     */
    public static Locale language(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return Locale.ENGLISH;
        }
        Locale wanted = Locale.forLanguageTag(languageTag.strip().replace('_', '-'));
        if (wanted.getLanguage().isEmpty()) {
            return Locale.ENGLISH;
        }
        Locale found = ResourceBundle.getBundle(BUNDLE, wanted, NO_FALLBACK).getLocale();
        return found.getLanguage().isEmpty() ? Locale.ENGLISH : found;
    }

    /**
     * The text of a key in a language. Texts with arguments are MessageFormat patterns; texts
     * without are returned as written (so their apostrophes survive).
     */
    public static String text(Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK).getString(key);
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
        if (argument instanceof Phrase phrase) {
            return phrase.in(locale);
        }
        if (argument instanceof ViolationMessage violation) {
            return violation.in(locale);
        }
        return argument;
    }
}

package org.euc.portal.common.i18n;

/**
 * Fired when a signed-in user picks a language in the header; the directory keeps it for them. An
 * event, so that common needs nothing from a feature.
 *
 * @param language the language tag, e.g. {@code fr}
 */
public record LanguageChosen(String language) {
}

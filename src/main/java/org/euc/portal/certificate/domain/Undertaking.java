package org.euc.portal.certificate.domain;

/**
 * The conditions every end user undertakes, each accepted one by one. Full text in the message
 * bundle under {@link #textKey()}, title under {@link #titleKey()}. Stored by name: never rename.
 */
public enum Undertaking {
    LAWFUL_USE,
    AUTHORIZATION,
    NON_DISCRIMINATION,
    EXPRESSION_CARVE_OUT,
    CONSEQUENCES;

    public String titleKey() {
        return "undertaking." + name() + ".title";
    }

    public String textKey() {
        return "undertaking." + name() + ".text";
    }
}

package org.euc.portal.certificate.domain;

import org.euc.portal.common.i18n.Labelled;

/**
 * The rules that raise compliance flags on a certificate, and whether their flag blocks approval
 * until a reviewer resolves it in writing. Stored by name: never rename. Label: {@code flag.NAME}.
 */
public enum FlagRule implements Labelled {
    /** the revision names another signatory than the previous one */
    SIGNATORY_CHANGED(true),
    /** a declared offence's catalogue entry changed (penalty, category...) after it was declared */
    OFFENCE_CATALOGUE_CHANGED(true);

    private final boolean blocking;

    FlagRule(boolean blocking) {
        this.blocking = blocking;
    }

    public boolean isBlocking() {
        return blocking;
    }

    @Override
    public String labelKey() {
        return "flag." + name();
    }
}

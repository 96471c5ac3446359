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
    OFFENCE_CATALOGUE_CHANGED(true),
    /** the signatory of the current revision was revoked: a reviewer judges whether the certificate stands */
    SIGNATORY_REVOKED(true),

    // ----- rules on the judicial authorization ledger: findings for reviewers to resolve or act on -----
    /** the legal basis is an offence under 6 years, or an expression/opinion offence */
    LEDGER_OFFENCE_NOT_SERIOUS(false),
    /** the legal basis is not among the purposes the certificate declared */
    LEDGER_BASIS_NOT_DECLARED(false),
    /** the system was used outside the order's validity window */
    LEDGER_USE_OUTSIDE_ORDER_VALIDITY(false),
    /** the system was used before the certificate's approved validity began or after it ended */
    LEDGER_USE_OUTSIDE_CERTIFICATE_VALIDITY(false),
    /** the system was used on a day the certificate was suspended, revoked or expired */
    LEDGER_USE_WHILE_NOT_APPROVED(false),
    /** recorded more than 7 days after the order was issued */
    LEDGER_LATE_RECORDING(false),
    /** "other authorization" where the country's law requires a judicial order */
    LEDGER_JUDICIAL_ORDER_REQUIRED(false),
    /** more targets than the configured threshold */
    LEDGER_MANY_TARGETS(false),
    /** an approved certificate whose agency recorded nothing and attested nothing for the reporting period */
    LEDGER_FAILURE_TO_REPORT(false);

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

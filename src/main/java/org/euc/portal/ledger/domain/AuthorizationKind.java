package org.euc.portal.ledger.domain;

import org.euc.portal.common.i18n.Labelled;

/** Under what authorization the system was used. Stored by name. Label: {@code authorizationKind.NAME}. */
public enum AuthorizationKind implements Labelled {
    JUDICIAL_ORDER,
    /** urgent oral approval, later confirmed by an order */
    URGENT_ORAL_APPROVAL_CONFIRMED,
    /** another authorization national law requires (its citation is recorded) */
    OTHER_AUTHORIZATION;

    @Override
    public String labelKey() {
        return "authorizationKind." + name();
    }
}

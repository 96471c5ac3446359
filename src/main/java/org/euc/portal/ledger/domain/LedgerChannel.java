package org.euc.portal.ledger.domain;

/** How an entry reached the ledger; the validation is the same for all three. */
public enum LedgerChannel {
    FORM,
    CSV,
    API
}

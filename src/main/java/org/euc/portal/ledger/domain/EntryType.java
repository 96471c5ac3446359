package org.euc.portal.ledger.domain;

/** A ledger entry records an authorization, or corrects or cancels an earlier entry (never changing it). */
public enum EntryType {
    RECORD,
    CORRECTION,
    CANCELLATION
}

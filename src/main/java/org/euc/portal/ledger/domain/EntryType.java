package org.euc.portal.ledger.domain;

/**
 * A ledger entry records an authorization, or corrects or cancels an earlier entry (never changing
 * it), or attests that the system was not used in a period. Stored by name: never rename.
 */
public enum EntryType {
    RECORD,
    CORRECTION,
    CANCELLATION,
    /** no authorization: the agency attests it did not use the system from usedFrom to usedUntil */
    NO_USE_ATTESTATION
}

package org.euc.portal.ledger.domain;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One ledger entry as lists and exports show it (the legal basis already in words).
 *
 * @param amendsPosition for a correction or cancellation, the position of the entry it amends
 */
public record LedgerEntryView(
        long id,
        String certificateReference,
        String agencyCode,
        String countryCode,
        int position,
        EntryType type,
        Integer amendsPosition,
        String amendmentReason,
        String orderReference,
        String issuingAuthority,
        AuthorizationKind kind,
        String otherCitation,
        LocalDate issuedOn,
        LocalDate validFrom,
        LocalDate validUntil,
        LocalDate usedFrom,
        LocalDate usedUntil,
        String legalBasis,
        Integer targets,
        String operationReference,
        String documentSha256,
        Instant recordedAt,
        String recordedBy,
        LedgerChannel channel,
        long openFlags,
        String hash) implements Serializable {
}

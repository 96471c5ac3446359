package org.euc.portal.ledger.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.euc.portal.common.integrity.CanonicalForm;
import org.euc.portal.common.integrity.ChainLink;

/**
 * The hashed content of a ledger entry: exactly its stored columns, so a chain can be verified
 * straight from the table (a million entries stream in seconds) and an entity hashes the same way.
 */
public record LedgerLink(
        long certificateId,
        long position,
        String entryType,
        Long amendsEntryId,
        String amendmentReason,
        String orderReference,
        String issuingAuthority,
        String kind,
        String otherCitation,
        LocalDate issuedOn,
        LocalDate validFrom,
        LocalDate validUntil,
        LocalDate usedFrom,
        LocalDate usedUntil,
        String terroristAct,
        Long offenceId,
        Integer targets,
        String operationReference,
        String documentSha256,
        Instant recordedAt,
        String recordedBy,
        String channel,
        String previousHash,
        String hash) implements ChainLink {

    @Override
    public void writeCanonicalFields(CanonicalForm form) {
        form.add("certificate", certificateId)
                .add("type", entryType)
                .add("amends", amendsEntryId == null ? null : amendsEntryId.toString())
                .add("amendmentReason", amendmentReason)
                .add("orderReference", orderReference)
                .add("issuingAuthority", issuingAuthority)
                .add("kind", kind)
                .add("otherCitation", otherCitation)
                .add("issuedOn", issuedOn)
                .add("validFrom", validFrom)
                .add("validUntil", validUntil)
                .add("usedFrom", usedFrom)
                .add("usedUntil", usedUntil)
                .add("terroristAct", terroristAct)
                .add("offence", offenceId == null ? null : offenceId.toString())
                .add("targets", targets)
                .add("operationReference", operationReference)
                .add("documentSha256", documentSha256)
                .add("recordedAt", recordedAt)
                .add("recordedBy", recordedBy)
                .add("channel", channel);
    }
}

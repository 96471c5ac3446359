package org.euc.portal.ledger.domain;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import org.euc.portal.certificate.domain.TerroristAct;
import org.euc.portal.common.i18n.MessageCatalog;

/**
 * One ledger entry as lists and exports show it.
 *
 * @param amendsPosition for a correction or cancellation, the position of the entry it amends
 * @param legalBasis the legal basis as one text: the offence as the catalogue names it, or
 *        "Terrorist act: CODE" (for machines: the API and CSV exports); readers get {@link #legalBasisIn}
 * @param terroristAct the terrorist act the entry relies on; null when it relies on an offence
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
        String hash,
        TerroristAct terroristAct) implements Serializable {

    /** The list punctuation that ends each act's legal text in the bundle (";" in a list of nine). */
    private static final Pattern LIST_PUNCTUATION = Pattern.compile("[\\s\u00A0]*[;\u061B.]\\s*$");

    /** The legal basis in a reader's language: a terrorist act by its number and legal text, an offence as recorded. */
    public String legalBasisIn(Locale locale) {
        if (terroristAct == null) {
            return legalBasis;
        }
        String act = LIST_PUNCTUATION.matcher(MessageCatalog.text(locale, terroristAct.textKey())).replaceFirst("");
        return MessageCatalog.text(locale, "ledger.basis.act", terroristAct.number(), act);
    }
}

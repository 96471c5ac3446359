package org.euc.portal.ledger.domain;

import java.time.LocalDate;
import org.euc.portal.certificate.domain.TerroristAct;

/**
 * One authorization as an agency states it, from the form, a CSV row or the API, before it is
 * checked. Exactly one legal basis: a terrorist act, or an offence of the country's catalogue
 * by its code. No names of targets are ever recorded, only their number.
 *
 * @param orderReference the order's own reference
 * @param issuingAuthority court or authority that issued it
 * @param kind judicial order, urgent oral approval later confirmed, or another authorization
 * @param otherCitation for another authorization, the provision of national law requiring it
 * @param issuedOn the day the order was issued
 * @param validFrom first day the order allows use
 * @param validUntil last day the order allows use
 * @param usedFrom first day the system was used under it
 * @param usedUntil last day the system was used under it
 * @param terroristAct the legal basis when it is one of the nine acts
 * @param offenceCode the legal basis when it is a catalogued offence (e.g. XA-PC-211)
 * @param targets how many targets (persons or devices) the order covers
 * @param operationReference the agency's own reference of the operation
 */
public record AuthorizationInput(
        String orderReference,
        String issuingAuthority,
        AuthorizationKind kind,
        String otherCitation,
        LocalDate issuedOn,
        LocalDate validFrom,
        LocalDate validUntil,
        LocalDate usedFrom,
        LocalDate usedUntil,
        TerroristAct terroristAct,
        String offenceCode,
        Integer targets,
        String operationReference) {
}

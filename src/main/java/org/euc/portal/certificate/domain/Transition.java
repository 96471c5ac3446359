package org.euc.portal.certificate.domain;

import org.euc.portal.common.i18n.Phrase;

/**
 * A requested status change with everything the history must record about it.
 *
 * @param to the status to move to
 * @param actor user name, or "system"
 * @param reasonCode why, as a code (e.g. SUBMITTED, COUNTRY_DELISTED)
 * @param rationale the rationale (a person's words verbatim); null where none is needed
 * @param legalBasis the legal basis (suspension, revocation); null otherwise
 * @param proposedBy under four eyes, who proposed what the actor confirms; null otherwise
 */
public record Transition(CertificateStatus to, String actor, String reasonCode, Phrase rationale, Phrase legalBasis,
        String proposedBy) {

    public static Transition by(String actor, CertificateStatus to, String reasonCode) {
        return new Transition(to, actor, reasonCode, null, null, null);
    }

    public Transition because(Phrase writtenRationale) {
        return new Transition(to, actor, reasonCode, writtenRationale, legalBasis, proposedBy);
    }

    public Transition under(Phrase basis) {
        return new Transition(to, actor, reasonCode, rationale, basis, proposedBy);
    }

    public Transition proposedBy(String proposer) {
        return new Transition(to, actor, reasonCode, rationale, legalBasis, proposer);
    }
}

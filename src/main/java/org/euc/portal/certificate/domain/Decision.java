package org.euc.portal.certificate.domain;

import org.euc.portal.common.domain.RuleViolationException;
import org.euc.portal.common.i18n.Phrase;

/**
 * A decision as a reviewer states it: its kind, reason code, written rationale and, for
 * suspension and revocation, the legal basis. Refuses to exist incomplete. A reviewer's words are
 * verbatim phrases; a decision the portal takes itself (a delisted country's suspension) words
 * them as phrases, read in each reader's language.
 */
public record Decision(DecisionKind kind, DecisionReason reason, Phrase rationale, Phrase legalBasis) {

    public Decision {
        if (reason == null || reason.kind() != kind) {
            throw new RuleViolationException("rule.decision.reasonMismatch", kind);
        }
        rationale = present(rationale);
        legalBasis = present(legalBasis);
        if (rationale == null) {
            throw new RuleViolationException("rule.decision.rationaleRequired");
        }
        if (kind.needsLegalBasis() && legalBasis == null) {
            throw new RuleViolationException("rule.decision.legalBasisRequired", kind);
        }
    }

    /** A decision in a reviewer's own words. */
    public Decision(DecisionKind kind, DecisionReason reason, String rationale, String legalBasis) {
        this(kind, reason, rationale == null ? null : Phrase.verbatim(rationale),
                legalBasis == null ? null : Phrase.verbatim(legalBasis));
    }

    Transition transitionBy(String actor) {
        return Transition.by(actor, kind.result(), reason.name()).because(rationale).under(legalBasis);
    }

    /** Written words without their surrounding blanks, and null for none. */
    private static Phrase present(Phrase sentence) {
        if (sentence == null || !sentence.isVerbatim()) {
            return sentence;
        }
        String words = sentence.in(null).strip();
        return words.isEmpty() ? null : Phrase.verbatim(words);
    }
}

package org.euc.portal.certificate.domain;

import org.euc.portal.common.domain.RuleViolationException;

/**
 * A decision as a reviewer states it: its kind, reason code, written rationale and, for
 * suspension and revocation, the legal basis. Refuses to exist incomplete.
 */
public record Decision(DecisionKind kind, DecisionReason reason, String rationale, String legalBasis) {

    public Decision {
        if (reason == null || reason.kind() != kind) {
            throw new RuleViolationException("rule.decision.reasonMismatch", kind);
        }
        if (rationale == null || rationale.isBlank()) {
            throw new RuleViolationException("rule.decision.rationaleRequired");
        }
        if (kind.needsLegalBasis() && (legalBasis == null || legalBasis.isBlank())) {
            throw new RuleViolationException("rule.decision.legalBasisRequired", kind);
        }
        rationale = rationale.strip();
        legalBasis = legalBasis == null || legalBasis.isBlank() ? null : legalBasis.strip();
    }

    Transition transitionBy(String actor) {
        return Transition.by(actor, kind.result(), reason.name()).because(rationale).under(legalBasis);
    }
}

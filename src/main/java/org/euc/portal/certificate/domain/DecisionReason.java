package org.euc.portal.certificate.domain;

import java.util.Arrays;
import java.util.List;
import org.euc.portal.common.i18n.Labelled;

/**
 * Why a decision was taken, as a code the history and statistics can count. Each reason belongs
 * to one kind of decision. Stored by name: never rename. Label: {@code reason.NAME}.
 */
public enum DecisionReason implements Labelled {
    INCOMPLETE_INFORMATION(DecisionKind.REQUEST_CHANGES),
    PURPOSES_UNCLEAR(DecisionKind.REQUEST_CHANGES),
    SIGNATORY_ISSUE(DecisionKind.REQUEST_CHANGES),
    OTHER_CHANGES_NEEDED(DecisionKind.REQUEST_CHANGES),

    PURPOSES_NOT_ELIGIBLE(DecisionKind.REJECT),
    END_USER_NOT_ELIGIBLE(DecisionKind.REJECT),
    RISK_OF_MISUSE(DecisionKind.REJECT),
    OTHER_REJECTION(DecisionKind.REJECT),

    MEETS_REQUIREMENTS(DecisionKind.APPROVE),

    USE_OUTSIDE_DECLARED_PURPOSES(DecisionKind.SUSPEND),
    MISSING_OR_EXPIRED_JUDICIAL_AUTHORIZATION(DecisionKind.SUSPEND),
    DISCRIMINATORY_USE(DecisionKind.SUSPEND),
    USE_AGAINST_EXPRESSION_OR_CRITICISM(DecisionKind.SUSPEND),
    FAILURE_TO_REPORT(DecisionKind.SUSPEND),
    COUNTRY_DELISTED(DecisionKind.SUSPEND),
    OTHER_SUSPENSION(DecisionKind.SUSPEND),

    COMPLIANCE_RESTORED(DecisionKind.REINSTATE),
    COUNTRY_APPROVED_AGAIN(DecisionKind.REINSTATE),

    SERIOUS_VIOLATION(DecisionKind.REVOKE),
    REPEATED_VIOLATION(DecisionKind.REVOKE),
    OTHER_REVOCATION(DecisionKind.REVOKE);

    private final DecisionKind kind;

    DecisionReason(DecisionKind kind) {
        this.kind = kind;
    }

    public DecisionKind kind() {
        return kind;
    }

    public static List<DecisionReason> forKind(DecisionKind kind) {
        return Arrays.stream(values()).filter(reason -> reason.kind == kind).toList();
    }

    @Override
    public String labelKey() {
        return "reason." + name();
    }
}

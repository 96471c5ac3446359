package org.euc.portal.notification.domain;

import java.util.List;
import org.euc.portal.common.i18n.Phrase;

/**
 * What a notification tells. Its text is {@code notification.NAME} in the bundle, with the
 * certificate reference as {0} and the notification's own arguments after it (a decision's reason
 * as its label). Stored by name: never rename or remove.
 */
public enum NotificationKind {
    /** to the agency, in notifications made before each decision had its own kind: approved, rejected... */
    DECISION_MADE,
    /** to the agency: approved; arguments: first and last day of validity */
    CERTIFICATE_APPROVED,
    /** to the agency: rejected; arguments: reason code, rationale */
    CERTIFICATE_REJECTED("reason."),
    /** to the agency: reinstated after a suspension; arguments: reason code, rationale */
    CERTIFICATE_REINSTATED("reason."),
    /** to the agency: revoked; arguments: reason code, rationale */
    CERTIFICATE_REVOKED("reason."),
    /** to the agency: the approved validity ended (the portal's doing, not a decision); argument: last day */
    CERTIFICATE_EXPIRED,
    /** to the agency: the ministry asks for changes */
    CHANGES_REQUESTED,
    /** to the agency: a certificate was suspended */
    CERTIFICATE_SUSPENDED,
    /** to the agency: a reviewer wrote to it */
    MESSAGE_FROM_MINISTRY,
    /** to a reviewer: a case was given to them */
    CASE_ASSIGNED,
    /** to senior reviewers: a proposal waits for a second person */
    PROPOSAL_AWAITING_CONFIRMATION,
    /** to reviewers: a signatory was revoked (no certificate); arguments: name, agency, the references flagged */
    SIGNATORY_REVOKED,
    /** to reviewers: a country is approved again (no certificate); arguments: country code, the references waiting */
    COUNTRY_REINSTATEMENTS_AWAITING,
    /** to administrators: someone was given a ministry role (no certificate: the reference is empty) */
    MINISTRY_ROLE_GRANTED;

    /**
     * Notifications stored before phrases kept a decision's reason as its code: the bundle key
     * prefix that turns that first argument into its label; null when it is text.
     */
    private final String codeLabelPrefix;

    NotificationKind() {
        this(null);
    }

    NotificationKind(String codeLabelPrefix) {
        this.codeLabelPrefix = codeLabelPrefix;
    }

    public String textKey() {
        return "notification." + name();
    }

    /**
     * The sentence of a notification stored before phrases (V20), which kept its arguments as text:
     * the reference, then the stored arguments, a stored code replaced by its label.
     */
    public Phrase storedAsText(List<?> referenceFirst) {
        Object[] shown = referenceFirst.toArray();
        if (codeLabelPrefix != null && shown.length >= 2) {
            shown[1] = Phrase.of(codeLabelPrefix + shown[1]);
        }
        return Phrase.of(textKey(), shown);
    }
}

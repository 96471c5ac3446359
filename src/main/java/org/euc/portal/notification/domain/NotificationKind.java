package org.euc.portal.notification.domain;

import java.util.function.UnaryOperator;

/**
 * What a notification tells. Its text is {@code notification.NAME} in the bundle, with the
 * certificate reference as {0} and the notification's own arguments after it. Where the first
 * argument is a stored code (a decision's reason), it is shown as its label in the reader's
 * language. Stored by name: never rename or remove.
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

    /** The bundle key prefix that turns the first argument (a stored code) into its label; null when it is text. */
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
     * The arguments as the sentence shows them: the reference, then the stored arguments, a stored
     * code replaced by its label.
     *
     * @param stored the reference and the stored arguments, as {@code Notification#textArguments()} gives them
     * @param label the text of a bundle key in the reader's language
     */
    public Object[] shownArguments(Object[] stored, UnaryOperator<String> label) {
        if (codeLabelPrefix == null || stored.length < 2) {
            return stored;
        }
        Object[] shown = stored.clone();
        shown[1] = label.apply(codeLabelPrefix + stored[1]);
        return shown;
    }
}

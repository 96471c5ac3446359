package org.euc.portal.notification.domain;

import java.util.Locale;
import org.euc.portal.common.i18n.MessageCatalog;

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
     * The sentence in a language, as the notifications page and the e-mail show it: the reference,
     * then the stored arguments, a stored code replaced by its label.
     *
     * @param stored the reference and the stored arguments, as {@code Notification#textArguments()} gives them
     */
    public String text(Locale locale, Object[] stored) {
        Object[] shown = stored;
        if (codeLabelPrefix != null && stored.length >= 2) {
            shown = stored.clone();
            shown[1] = MessageCatalog.text(locale, codeLabelPrefix + stored[1]);
        }
        return MessageCatalog.text(locale, textKey(), shown);
    }
}

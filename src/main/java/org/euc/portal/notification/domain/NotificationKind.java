package org.euc.portal.notification.domain;

/**
 * What a notification tells. Its text is {@code notification.NAME} in the bundle, with the
 * certificate reference as {0} and the notification's own arguments after it.
 */
public enum NotificationKind {
    /** to the agency: approved, rejected, reinstated or revoked */
    DECISION_MADE,
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
    /** to administrators: someone was given a ministry role (no certificate: the reference is empty) */
    MINISTRY_ROLE_GRANTED;

    public String textKey() {
        return "notification." + name();
    }
}

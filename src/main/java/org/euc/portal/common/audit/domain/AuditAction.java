package org.euc.portal.common.audit.domain;

import java.util.Optional;
import org.euc.portal.common.i18n.Labelled;

/**
 * What an audit event records. Stored by name: never rename a constant, only add new ones (each with
 * its label, {@code auditAction.NAME}, in every message bundle).
 */
public enum AuditAction implements Labelled {
    LOGIN,
    LOGOUT,
    ACCESS_DENIED,
    AUDIT_LOG_VERIFIED,
    CERTIFICATE_DRAFTED,
    CERTIFICATE_DETAILS_SAVED,
    CERTIFICATE_PURPOSES_DECLARED,
    CERTIFICATE_UNDERTAKINGS_ACCEPTED,
    CERTIFICATE_DOCUMENT_GENERATED,
    CERTIFICATE_SIGNED_DOCUMENT_ACCEPTED,
    CERTIFICATE_SIGNED_DOCUMENT_REFUSED,
    CERTIFICATE_SUBMITTED,
    CERTIFICATE_WITHDRAWN,
    CERTIFICATE_AMENDMENT_STARTED,
    DOCUMENT_DOWNLOADED,
    SIGNATORY_REGISTERED,
    CASE_CLAIMED,
    CASE_ASSIGNED,
    CASE_NOTE_WRITTEN,
    /** an auditor (not a reviewer at work) read a case file */
    CASE_READ,
    CHANGES_REQUESTED,
    CERTIFICATE_REJECTED,
    CERTIFICATE_SUSPENDED,
    CERTIFICATE_EXPIRED,
    DECISION_PROPOSED,
    DECISION_CONFIRMED,
    DECISION_PROPOSAL_WITHDRAWN,
    FLAG_RESOLVED,
    COUNTRY_APPROVED,
    COUNTRY_DELISTED,
    QUEUE_FILTER_SAVED,
    LEDGER_ENTRY_RECORDED,
    /** the portal flagged an approved certificate whose ledger stayed silent for the reporting period */
    LEDGER_FAILURE_TO_REPORT_FLAGGED,
    LEDGER_IMPORT_REFUSED,
    LEDGER_VERIFIED,
    LEDGER_SAMPLE_DRAWN,
    LEDGER_ENTRY_INSPECTED,
    LEDGER_EXPORTED,
    COUNTRY_PROFILE_CHANGED,
    AGENCY_CREATED,
    AGENCY_CHANGED,
    SIGNATORY_REVOKED,
    SIGNATORY_REFUSED,
    OFFENCE_CREATED,
    OFFENCE_CHANGED,
    OFFENCES_IMPORTED,
    USER_CREATED,
    USER_ROLE_GRANTED,
    USER_ROLE_REMOVED,
    USER_DISABLED,
    USER_ENABLED,
    USER_PASSWORD_RESET,
    CHECKPOINT_RECORDED,
    REVIEW_JOBS_RUN,
    CHECKPOINTS_EXPORTED,
    AUDIT_LOG_EXPORTED;

    @Override
    public String labelKey() {
        return "auditAction." + name();
    }

    /**
     * The action an event's stored name stands for; empty for a name that is no constant (an event
     * recorded by another version of the portal), which a reader is then shown as it is.
     */
    public static Optional<AuditAction> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

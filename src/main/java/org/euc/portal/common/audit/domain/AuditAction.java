package org.euc.portal.common.audit.domain;

/** What an audit event records. Stored by name: never rename a constant, only add new ones. */
public enum AuditAction {
    LOGIN,
    LOGOUT,
    ACCESS_DENIED,
    AUDIT_LOG_VERIFIED
}

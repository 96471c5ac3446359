package org.euc.portal.common.audit.service;

import java.io.Serializable;
import java.time.Instant;

/**
 * What the audit log viewer asks for; every part is optional (null = any).
 *
 * @param from    events at or after this moment
 * @param until   events before this moment
 * @param actor   exactly this user name (or "system")
 * @param action  exactly this {@link org.euc.portal.common.audit.domain.AuditAction} name
 * @param subject a subject id, or its beginning (e.g. a certificate reference, a user name)
 */
public record AuditFilter(Instant from, Instant until, String actor, String action, String subject)
        implements Serializable {

    public static final AuditFilter EVERYTHING = new AuditFilter(null, null, null, null, null);

    public AuditFilter {
        actor = blankToNull(actor);
        action = blankToNull(action);
        subject = blankToNull(subject);
    }

    @Override
    public String toString() {
        return "from " + from + ", until " + until + ", actor " + actor + ", action " + action + ", subject " + subject;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

package org.euc.portal.benchmark.scale;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import org.euc.portal.common.audit.domain.AuditEvent;
import org.euc.portal.common.audit.service.AuditLog;

/**
 * Reads audit events from plain JDBC rows into the portal's own {@link AuditEvent} entity, the way
 * JPA does it (no-argument constructor, field access), so that chaining and verifying use the
 * entity's own hash code path instead of a copy of its canonical form.
 */
final class AuditEventRows {

    static final String COLUMNS = "id, occurred_at, actor, actor_roles, action, subject_type, subject_id, details, "
            + "client_address, previous_hash, hash";

    private static final String[] FIELDS = {"id", "occurredAt", "actor", "actorRoles", "action", "subjectType",
            "subjectId", "details", "clientAddress", "previousHash", "hash"};
    private static final Constructor<AuditEvent> CONSTRUCTOR;
    private static final Field[] FIELD_HANDLES = new Field[FIELDS.length];

    static {
        try {
            CONSTRUCTOR = AuditEvent.class.getDeclaredConstructor();
            CONSTRUCTOR.setAccessible(true);
            for (int i = 0; i < FIELDS.length; i++) {
                FIELD_HANDLES[i] = AuditEvent.class.getDeclaredField(FIELDS[i]);
                FIELD_HANDLES[i].setAccessible(true);
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("AuditEvent's fields changed: update AuditEventRows", e);
        }
    }

    private AuditEventRows() {
    }

    /** The event in the current row of a query selecting {@link #COLUMNS}. */
    static AuditEvent read(ResultSet row) throws SQLException {
        try {
            AuditEvent event = CONSTRUCTOR.newInstance();
            FIELD_HANDLES[0].set(event, row.getLong(1));
            FIELD_HANDLES[1].set(event, row.getObject(2, OffsetDateTime.class).toInstant());
            for (int i = 2; i < FIELDS.length; i++) {
                FIELD_HANDLES[i].set(event, row.getString(i + 1));
            }
            return event;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build an AuditEvent", e);
        }
    }

    /**
     * The key of the advisory lock the portal's {@link AuditLog} holds while it appends: taken from
     * the class itself, so the generator and the portal can never wait on different locks.
     */
    static long chainLockKey() {
        try {
            Field key = AuditLog.class.getDeclaredField("CHAIN_LOCK");
            key.setAccessible(true);
            return key.getLong(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("AuditLog's chain lock moved: update AuditEventRows", e);
        }
    }
}

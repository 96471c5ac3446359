package org.euc.portal.benchmark.scale;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.euc.portal.common.audit.domain.AuditAction;
import org.euc.portal.common.audit.domain.AuditEvent;
import org.euc.portal.common.audit.domain.AuditRecord;

/**
 * The audit events the portal would have written for the generated history. They are collected
 * unsealed and sealed onto the real end of the chain only inside the flushing transaction, under
 * the portal's own chain lock: a portal running meanwhile keeps appending to the same one chain.
 */
final class AuditTrail {

    static final String IMPORTER_ADDRESS = "192.0.2.10";
    static final String MINISTRY_ADDRESS = "198.51.100.20";

    private record Unsealed(Instant occurredAt, AuditRecord record) {
    }

    private final long chainLock = AuditEventRows.chainLockKey();
    private final List<Unsealed> unsealed = new ArrayList<>();

    void record(Instant occurredAt, String actor, String roles, AuditAction action, String subjectType, String subjectId,
            String details, String clientAddress) {
        unsealed.add(new Unsealed(occurredAt, new AuditRecord(actor, roles, action.name(), subjectType, subjectId, details,
                clientAddress)));
    }

    /** Work the portal does by itself (expiry): actor "system", no roles, no address, as AuditLog.recordBySystem. */
    void recordBySystem(Instant occurredAt, AuditAction action, String subjectType, String subjectId, String details) {
        record(occurredAt, "system", "", action, subjectType, subjectId, details, null);
    }

    int size() {
        return unsealed.size();
    }

    /**
     * Seals the collected events onto the chain's current end into the audit table's COPY rows. Call
     * inside the transaction that copies them: the lock is held until it commits.
     */
    void sealInto(Connection connection, CopyTable auditEvents) throws SQLException {
        if (unsealed.isEmpty()) {
            return;
        }
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            lock.setLong(1, chainLock);
            lock.execute();
        }
        AuditEvent previous = lastEvent(connection);
        for (Unsealed event : unsealed) {
            AuditEvent sealed = AuditEvent.append(previous, event.occurredAt(), event.record());
            auditEvents.row(sealed.getId(), sealed.getOccurredAt(), sealed.getActor(), sealed.getActorRoles(),
                    sealed.getAction(), sealed.getSubjectType(), sealed.getSubjectId(), sealed.getDetails(),
                    sealed.getClientAddress(), sealed.getPreviousHash(), sealed.getHash());
            previous = sealed;
        }
        unsealed.clear();
    }

    private static AuditEvent lastEvent(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT " + AuditEventRows.COLUMNS
                        + " FROM audit_event ORDER BY id DESC LIMIT 1")) {
            return row.next() ? AuditEventRows.read(row) : null;
        }
    }
}

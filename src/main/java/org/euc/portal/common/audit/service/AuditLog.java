package org.euc.portal.common.audit.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.List;
import org.euc.portal.common.audit.domain.AuditAction;
import org.euc.portal.common.audit.domain.AuditEvent;
import org.euc.portal.common.audit.domain.AuditRecord;
import org.euc.portal.common.security.Caller;
import org.euc.portal.common.web.RequestOrigin;

/**
 * Appends events to the hash-chained audit log. An event joins the caller's transaction, so a
 * state change and its audit event are committed together or not at all.
 *
 * <p>Appends are serialized by a transaction-scoped PostgreSQL advisory lock: the chain is one
 * sequence, so two transactions must never read the same "last event". Record the event as the
 * last step of a service method; the lock is held until that transaction commits.
 */
@ApplicationScoped
public class AuditLog {

    /** Arbitrary key of the advisory lock that guards the end of the chain. */
    private static final long CHAIN_LOCK = 0x45_55_43_41_55_44_49_54L;

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Transactional
    public void record(AuditAction action, String subjectType, Object subjectId, String details) {
        append(new AuditRecord(caller.name(), String.join(",", caller.roles()), action.name(), subjectType,
                subjectId == null ? null : subjectId.toString(), details, RequestOrigin.clientAddress()));
    }

    /**
     * Records a refused attempt in its own transaction: the refusal rolls back the caller's work,
     * but the attempt itself must stay on record.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public void recordAccessDenied(String operation, String details) {
        record(AuditAction.ACCESS_DENIED, "OPERATION", operation, details);
    }

    /**
     * Records an event in a transaction of its own, committed at once: a refused request that
     * matters to oversight (e.g. a refused CSV import) stays on record although the request changed
     * nothing, and a long export streamed afterwards does not hold the chain's lock, which would make
     * every audited change in the portal wait for it.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public void recordAtOnce(AuditAction action, String subjectType, Object subjectId, String details) {
        record(action, subjectType, subjectId, details);
    }

    /** Records work done by the portal itself (scheduled jobs, automatic consequences), as actor "system". */
    @Transactional
    public void recordBySystem(AuditAction action, String subjectType, Object subjectId, String details) {
        append(new AuditRecord(Caller.SYSTEM, "", action.name(), subjectType,
                subjectId == null ? null : subjectId.toString(), details, null));
    }

    private void append(AuditRecord record) {
        // a transaction that waits for the chain longer than this is stuck (e.g. a nested
        // REQUIRES_NEW append under an outer one that holds the lock): fail instead of hanging
        em.createNativeQuery("SET LOCAL lock_timeout = '15s'").executeUpdate();
        em.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(?1)) AS chain_lock")
                .setParameter(1, CHAIN_LOCK)
                .getSingleResult();
        List<AuditEvent> last = em.createQuery("SELECT e FROM AuditEvent e ORDER BY e.id DESC", AuditEvent.class)
                .setMaxResults(1)
                .getResultList();
        em.persist(AuditEvent.append(last.isEmpty() ? null : last.get(0), Instant.now(), record));
    }
}

package org.euc.portal.common.audit.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.Stream;
import org.euc.portal.common.audit.domain.AuditAction;
import org.euc.portal.common.audit.domain.AuditEvent;
import org.euc.portal.common.csv.CsvWriter;
import org.euc.portal.common.persistence.CappedCount;
import org.euc.portal.common.persistence.LikePattern;
import org.euc.portal.common.security.Roles;

/**
 * Reading the audit log: pages filtered in the database (newest first), and the CSV export of a
 * filter's events in chain order with their hashes, so an export can be checked against the chain.
 */
@ApplicationScoped
@RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
@Transactional
public class AuditLogSearch {

    public static final List<String> EXPORT_COLUMNS = List.of("id", "occurred_at", "actor", "actor_roles", "action",
            "subject_type", "subject_id", "details", "client_address", "previous_hash", "hash");

    private static final int FETCH_SIZE = 2_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog auditLog;

    public List<AuditEvent> page(AuditFilter filter, int first, int pageSize) {
        return bind(em.createQuery("SELECT e FROM AuditEvent e" + where(filter) + " ORDER BY e.id DESC", AuditEvent.class),
                filter).setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    /** Exactly how many events match: the API's answer. */
    public long count(AuditFilter filter) {
        return bind(em.createQuery("SELECT count(e) FROM AuditEvent e" + where(filter), Long.class), filter).getSingleResult();
    }

    /** How many events match, counted as {@link CappedCount} does: the page's answer. */
    public long cappedCount(AuditFilter filter) {
        return CappedCount.of(bind(em.createQuery("SELECT e.id FROM AuditEvent e" + where(filter), Long.class), filter));
    }

    /** Writes every event of the filter, oldest first, as CSV; the export itself is logged. */
    public void exportCsv(AuditFilter filter, OutputStream out) {
        auditLog.recordAtOnce(AuditAction.AUDIT_LOG_EXPORTED, "AUDIT_LOG", null, filter.toString());
        CsvWriter csv = new CsvWriter(out).record(EXPORT_COLUMNS);
        try (Stream<AuditEvent> events = bind(em.createQuery("SELECT e FROM AuditEvent e" + where(filter)
                + " ORDER BY e.id", AuditEvent.class), filter)
                .setHint("org.hibernate.fetchSize", FETCH_SIZE)
                .setHint("org.hibernate.readOnly", true)
                .getResultStream()) {
            int[] sinceClear = {0};
            events.forEach(event -> {
                csv.record(List.of(event.getId().toString(), event.getOccurredAt().toString(), event.getActor(),
                        event.getActorRoles(), event.getAction(), nullToEmpty(event.getSubjectType()),
                        nullToEmpty(event.getSubjectId()), nullToEmpty(event.getDetails()),
                        nullToEmpty(event.getClientAddress()), event.getPreviousHash(), event.getHash()));
                if (++sinceClear[0] == FETCH_SIZE) { // keeps memory flat however long the log is
                    em.clear();
                    sinceClear[0] = 0;
                }
            });
        }
        csv.finish();
    }

    private static String where(AuditFilter filter) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (filter.from() != null) {
            where.append(" AND e.occurredAt >= :from");
        }
        if (filter.until() != null) {
            where.append(" AND e.occurredAt < :until");
        }
        if (filter.actor() != null) {
            where.append(" AND e.actor = :actor");
        }
        if (filter.action() != null) {
            where.append(" AND e.action = :action");
        }
        if (filter.subject() != null) {
            where.append(" AND e.subjectId LIKE :subject ESCAPE '\\'");
        }
        return where.toString();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, AuditFilter filter) {
        if (filter.from() != null) {
            query.setParameter("from", filter.from());
        }
        if (filter.until() != null) {
            query.setParameter("until", filter.until());
        }
        if (filter.actor() != null) {
            query.setParameter("actor", filter.actor());
        }
        if (filter.action() != null) {
            query.setParameter("action", filter.action());
        }
        if (filter.subject() != null) {
            query.setParameter("subject", LikePattern.startingWith(filter.subject()));
        }
        return query;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}

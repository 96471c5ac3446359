package org.euc.portal.review.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.euc.portal.certificate.domain.CertificateStatus;
import org.euc.portal.certificate.domain.ProposalState;
import org.euc.portal.common.domain.RuleViolationException;
import org.euc.portal.common.persistence.NoSuchRecordException;
import org.euc.portal.common.security.Caller;
import org.euc.portal.common.security.Roles;
import org.euc.portal.review.domain.QueueFilter;
import org.euc.portal.review.domain.SavedQueueFilter;

/**
 * The ministry's review queue, paged, sorted and filtered in the database, and each reviewer's
 * saved filters.
 */
@ApplicationScoped
@RolesAllowed({Roles.REVIEWER, Roles.SENIOR_REVIEWER})
@Transactional
public class ReviewQueue {

    private static final String ROW = "SELECT new org.euc.portal.review.service.QueueRow(c.reference, a.code, a.name, "
            + "a.country.code, c.status, c.waitingSince, c.assignee, "
            + "(SELECT count(f) FROM ComplianceFlag f WHERE f.certificate = c AND f.resolvedAt IS NULL), "
            + "(SELECT count(b) FROM ComplianceFlag b WHERE b.certificate = c AND b.resolvedAt IS NULL AND b.blocking = true), "
            + "(SELECT p.kind FROM DecisionProposal p WHERE p.certificate = c AND p.state = :open)) ";
    private static final String FROM = "FROM Certificate c JOIN c.agency a WHERE ";
    private static final List<CertificateStatus> QUEUE_STATUSES = List.of(CertificateStatus.SUBMITTED,
            CertificateStatus.UNDER_REVIEW, CertificateStatus.SUSPENDED);

    /**
     * A case waiting for a reviewer: what the queue lists without a status filter (the dashboard counts the
     * same) — a certificate in a queue status, or with an open proposal those statuses do not take in (a
     * revocation proposed on an approved certificate). Those few come as a list of ids: with "OR EXISTS (open
     * proposal)" PostgreSQL tested every certificate. Without any, the condition is the status alone, which
     * the partial index of V17 answers in queue order: the first page of 60,000 open cases at a million
     * certificates reads 50 rows instead of all of them.
     *
     * @param condition the JPQL condition on {@code c}, a Certificate
     */
    public record OpenCase(String condition, List<Long> proposalCases) {

        public <T> TypedQuery<T> bind(TypedQuery<T> query) {
            query.setParameter("queueStatuses", QUEUE_STATUSES);
            return proposalCases.isEmpty() ? query : query.setParameter("proposalCases", proposalCases);
        }
    }

    /** The open-case condition as of now. */
    public static OpenCase openCase(EntityManager em) {
        // OPEN as a literal, not a parameter: a prepared statement's generic plan cannot use the partial index on
        // open proposals (V5) for "state = $1", and scanned all 800,000 proposals (114 ms) on every queue view
        List<Long> proposalCases = em.createQuery("SELECT q.certificate.id FROM DecisionProposal q WHERE "
                        + "q.state = org.euc.portal.certificate.domain.ProposalState.OPEN "
                        + "AND q.certificate.status NOT IN :queueStatuses", Long.class)
                .setParameter("queueStatuses", QUEUE_STATUSES).getResultList();
        return new OpenCase(proposalCases.isEmpty() ? "c.status IN :queueStatuses"
                : "(c.status IN :queueStatuses OR c.id IN :proposalCases)", proposalCases);
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    public List<QueueRow> page(QueueFilter filter, QueueSort sort, boolean ascending, int first, int pageSize) {
        OpenCase open = filter.status() == null ? openCase(em) : null;
        TypedQuery<QueueRow> query = em.createQuery(ROW + FROM + conditions(filter, open) + " ORDER BY " + sort.expression()
                + (ascending ? " ASC NULLS LAST" : " DESC NULLS LAST") + ", c.id", QueueRow.class);
        query.setParameter("open", ProposalState.OPEN);
        return bind(query, filter, open).setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    public long count(QueueFilter filter) {
        OpenCase open = filter.status() == null ? openCase(em) : null;
        return bind(em.createQuery("SELECT count(c) " + FROM + conditions(filter, open), Long.class), filter, open)
                .getSingleResult();
    }

    public List<SavedQueueFilter> savedFilters() {
        return em.createQuery("SELECT f FROM SavedQueueFilter f WHERE f.owner = :me ORDER BY f.name", SavedQueueFilter.class)
                .setParameter("me", caller.name()).getResultList();
    }

    public void saveFilter(String name, QueueFilter filter) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new RuleViolationException("rule.savedFilter.name");
        }
        boolean taken = !em.createQuery("SELECT f.id FROM SavedQueueFilter f WHERE f.owner = :me AND f.name = :name",
                Long.class).setParameter("me", caller.name()).setParameter("name", name.strip()).getResultList().isEmpty();
        if (taken) {
            throw new RuleViolationException("rule.savedFilter.taken", name.strip());
        }
        em.persist(new SavedQueueFilter(caller.name(), name.strip(), filter, Instant.now()));
    }

    public void deleteFilter(long id) {
        SavedQueueFilter filter = em.find(SavedQueueFilter.class, id);
        if (filter == null || !filter.getOwner().equals(caller.name())) {
            throw new NoSuchRecordException("Saved filter", id);
        }
        em.remove(filter);
    }

    /** @param open the open-case condition when no status is filtered for, else null */
    private static String conditions(QueueFilter filter, OpenCase open) {
        StringBuilder where = new StringBuilder(open != null ? open.condition() : "c.status = :status");
        if (filter.countryCode() != null) {
            where.append(" AND a.country.code = :country");
        }
        if (filter.agencyCode() != null) {
            where.append(" AND a.code = :agency");
        }
        if (QueueFilter.UNASSIGNED.equals(filter.assignee())) {
            where.append(" AND c.assignee IS NULL");
        } else if (filter.assignee() != null) {
            where.append(" AND c.assignee = :assignee");
        }
        if (filter.onlyFlagged()) {
            where.append(" AND EXISTS (SELECT o FROM ComplianceFlag o WHERE o.certificate = c AND o.resolvedAt IS NULL)");
        }
        return where.toString();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, QueueFilter filter, OpenCase open) {
        if (open != null) {
            open.bind(query);
        } else {
            query.setParameter("status", filter.status());
        }
        if (filter.countryCode() != null) {
            query.setParameter("country", filter.countryCode());
        }
        if (filter.agencyCode() != null) {
            query.setParameter("agency", filter.agencyCode());
        }
        if (filter.assignee() != null && !QueueFilter.UNASSIGNED.equals(filter.assignee())) {
            query.setParameter("assignee", filter.assignee());
        }
        return query;
    }
}

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
    /**
     * A case waiting for a reviewer: what the queue lists without a status filter (the dashboard counts the same).
     * The certificates with an open proposal come as a list of ids ({@link #bindOpenCase}): with "OR EXISTS (open
     * proposal)" PostgreSQL had to test every certificate (a sequential scan of all 100,000); with a list, both
     * sides of the OR are index conditions.
     */
    public static final String OPEN_CASE = "(c.status IN :queueStatuses OR c.id IN :proposalCases)";

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    public List<QueueRow> page(QueueFilter filter, QueueSort sort, boolean ascending, int first, int pageSize) {
        TypedQuery<QueueRow> query = em.createQuery(ROW + FROM + conditions(filter) + " ORDER BY " + sort.expression()
                + (ascending ? " ASC NULLS LAST" : " DESC NULLS LAST") + ", c.id", QueueRow.class);
        query.setParameter("open", ProposalState.OPEN);
        return bind(query, filter).setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    public long count(QueueFilter filter) {
        return bind(em.createQuery("SELECT count(c) " + FROM + conditions(filter), Long.class), filter).getSingleResult();
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

    private static String conditions(QueueFilter filter) {
        StringBuilder where = new StringBuilder(filter.status() == null ? OPEN_CASE : "c.status = :status");
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

    /** Binds {@link #OPEN_CASE}: the queue's statuses, and the certificates with an open proposal (at most one each). */
    public static <T> TypedQuery<T> bindOpenCase(EntityManager em, TypedQuery<T> query) {
        List<Long> proposalCases = em.createQuery("SELECT q.certificate.id FROM DecisionProposal q WHERE q.state = :open",
                Long.class).setParameter("open", ProposalState.OPEN).getResultList();
        return query.setParameter("queueStatuses", List.of(CertificateStatus.SUBMITTED, CertificateStatus.UNDER_REVIEW,
                        CertificateStatus.SUSPENDED))
                .setParameter("proposalCases", proposalCases.isEmpty() ? List.of(-1L) : proposalCases);
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> query, QueueFilter filter) {
        if (filter.status() == null) {
            bindOpenCase(em, query);
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

package org.euc.portal.review.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.euc.portal.certificate.domain.CertificateStatus;
import org.euc.portal.common.persistence.LikePattern;
import org.euc.portal.common.security.Roles;

/**
 * Every certificate an agency ever submitted, in any status, for the auditor's read-only
 * oversight: filtered and paged in the database, most recently changed first. Drafts stay the
 * agency's own until submitted.
 */
@ApplicationScoped
@RolesAllowed(Roles.AUDITOR)
@Transactional
public class CertificateRegister {

    private static final String FROM = "FROM Certificate c JOIN c.agency a JOIN a.country k WHERE c.status NOT IN :neverSubmitted";

    @PersistenceContext
    EntityManager em;

    /** What the register is filtered by; null fields filter nothing. The reference matches from its start. */
    public record Filter(CertificateStatus status, String countryCode, String agencyCode, String reference)
            implements Serializable {
    }

    /** One certificate as the register lists it. */
    public record Row(String reference, String agencyCode, String agencyName, String countryCode, String countryName,
            CertificateStatus status, Instant updatedAt) implements Serializable {
    }

    public List<Row> page(Filter filter, int first, int max) {
        return bind(em.createQuery("SELECT new org.euc.portal.review.service.CertificateRegister$Row(c.reference, "
                + "a.code, a.name, k.code, k.name, c.status, c.updatedAt) " + FROM + where(filter)
                + " ORDER BY c.updatedAt DESC, c.id DESC", Row.class), filter)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(Filter filter) {
        return bind(em.createQuery("SELECT count(c) " + FROM + where(filter), Long.class), filter).getSingleResult();
    }

    private static String where(Filter filter) {
        StringBuilder where = new StringBuilder();
        if (filter.status() != null) {
            where.append(" AND c.status = :status");
        }
        if (filter.countryCode() != null) {
            where.append(" AND k.code = :country");
        }
        if (filter.agencyCode() != null) {
            where.append(" AND a.code = :agency");
        }
        if (filter.reference() != null) {
            where.append(" AND c.reference LIKE :reference ESCAPE '\\'");
        }
        return where.toString();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Filter filter) {
        query.setParameter("neverSubmitted", List.of(CertificateStatus.DRAFT, CertificateStatus.WITHDRAWN));
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (filter.countryCode() != null) {
            query.setParameter("country", filter.countryCode());
        }
        if (filter.agencyCode() != null) {
            query.setParameter("agency", filter.agencyCode());
        }
        if (filter.reference() != null) {
            query.setParameter("reference", LikePattern.startingWith(filter.reference()));
        }
        return query;
    }
}

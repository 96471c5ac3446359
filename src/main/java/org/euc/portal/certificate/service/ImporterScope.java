package org.euc.portal.certificate.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.euc.portal.certificate.domain.Certificate;
import org.euc.portal.common.audit.service.AuditLog;
import org.euc.portal.common.persistence.NoSuchRecordException;
import org.euc.portal.common.security.AccessDeniedException;
import org.euc.portal.common.security.Caller;
import org.euc.portal.reference.domain.Agency;
import org.euc.portal.reference.service.ReferenceData;

/**
 * Where an importer's reach is decided: their agency comes from their token, never from a request,
 * and a certificate of another agency is answered exactly like one that does not exist, while the
 * attempt is written to the audit log.
 */
@ApplicationScoped
public class ImporterScope {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    ReferenceData referenceData;

    @Inject
    AuditLog auditLog;

    /** The agency the calling importer acts for. */
    public Agency callerAgency() {
        String code = caller.agencyCode().orElseThrow(() -> {
            auditLog.recordAccessDenied("agency data", "importer account without an agency");
            return new AccessDeniedException("Your account is not linked to an agency.");
        });
        return referenceData.agencyByCode(code).orElseThrow(() -> {
            auditLog.recordAccessDenied("agency data", "agency " + code + " of the token is not registered");
            return new AccessDeniedException("Your agency " + code + " is not registered in the portal.");
        });
    }

    /** One of the caller's agency's certificates, to read. */
    public Certificate ownCertificate(String reference) {
        String agency = callerAgency().getCode(); // an importer without an agency is refused, not told "not found"
        Certificate certificate = em.createQuery(
                        "SELECT c FROM Certificate c JOIN FETCH c.agency WHERE c.reference = :reference",
                        Certificate.class)
                .setParameter("reference", reference)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (certificate == null || !certificate.getAgency().getCode().equals(agency)) {
            auditLog.recordAccessDenied("certificate " + reference, certificate == null
                    ? "unknown reference asked for by an importer of " + agency
                    : "belongs to " + certificate.getAgency().getCode() + ", asked for by an importer of " + agency);
            throw new NoSuchRecordException("Certificate", reference);
        }
        return certificate;
    }

    /**
     * One of the caller's agency's certificates, to change: refused when it changed since the caller
     * saw {@code expectedVersion}. The version is raised at once under a row lock, so a simultaneous
     * change waits for this one and then loses, instead of going on with a half-stale view (a
     * certificate read before the other commit, its revisions after it).
     */
    public Certificate ownCertificateForChange(String reference, long expectedVersion) {
        Certificate certificate = ownCertificate(reference);
        certificate.requireVersion(expectedVersion);
        em.lock(certificate, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        return certificate;
    }
}

package org.euc.portal.certificate.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.euc.portal.certificate.domain.CertificateStatus;

/**
 * What anyone (customs, the exporter) may learn about an issued certificate from its reference:
 * whether it is valid, for which period and country, and the hash of the ministry's PDF. Nothing
 * personal, and nothing about certificates that were never approved.
 */
@ApplicationScoped
@Transactional
public class CertificateVerification {

    /** Only certificates the ministry approved at some point can be verified. */
    private static final Set<CertificateStatus> ISSUED = EnumSet.of(CertificateStatus.APPROVED,
            CertificateStatus.SUSPENDED, CertificateStatus.REVOKED, CertificateStatus.EXPIRED);

    @PersistenceContext
    EntityManager em;

    /**
     * @param reference the certificate's reference
     * @param status APPROVED, SUSPENDED, REVOKED or EXPIRED
     * @param validFrom first day of the approved validity
     * @param validUntil last day of the approved validity
     * @param countryCode the end user's country
     * @param issuedDocumentSha256 SHA-256 of the ministry's signed PDF
     * @param lastStatusChange when the status last changed
     */
    public record Verification(String reference, CertificateStatus status, LocalDate validFrom, LocalDate validUntil,
            String countryCode, String issuedDocumentSha256, Instant lastStatusChange) implements Serializable {
    }

    public Optional<Verification> verify(String reference) {
        return em.createQuery("SELECT new org.euc.portal.certificate.service.CertificateVerification$Verification("
                        + "c.reference, c.status, c.approvedFrom, c.approvedUntil, c.agency.country.code, d.sha256, "
                        + "c.statusChangedAt) FROM Certificate c LEFT JOIN c.issuedDocument d "
                        + "WHERE c.reference = :reference AND c.status IN :issued", Verification.class)
                .setParameter("reference", reference)
                .setParameter("issued", ISSUED)
                .getResultStream().findFirst();
    }
}

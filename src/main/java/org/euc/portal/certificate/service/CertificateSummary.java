package org.euc.portal.certificate.service;

import java.io.Serializable;
import java.time.Instant;
import org.euc.portal.certificate.domain.CertificateStatus;

/** One row of a certificate list: read straight from the database by a constructor query. */
public record CertificateSummary(
        String reference,
        CertificateStatus status,
        int currentRevision,
        String systemName,
        String exporterCompany,
        String agencyCode,
        String countryCode,
        Instant createdAt,
        Instant lastSubmittedAt,
        Instant statusChangedAt) implements Serializable {
}

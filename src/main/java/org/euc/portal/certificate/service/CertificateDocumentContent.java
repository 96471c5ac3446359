package org.euc.portal.certificate.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.euc.portal.certificate.domain.SystemCategory;
import org.euc.portal.certificate.domain.TerroristAct;
import org.euc.portal.certificate.domain.Undertaking;

/**
 * Everything the PDF of one certificate revision shows, gathered before rendering so that the
 * renderer needs neither the database nor the caller.
 */
public record CertificateDocumentContent(
        String reference,
        int revisionNumber,
        Instant generatedAt,
        Locale locale,
        String agencyCode,
        String agencyName,
        String countryCode,
        String countryName,
        String exporterCompany,
        String exportLicenceReference,
        String systemName,
        SystemCategory systemCategory,
        int installations,
        int sites,
        LocalDate validFrom,
        LocalDate validUntil,
        String signatoryName,
        String signatoryTitle,
        String signatoryFingerprint,
        List<TerroristAct> terroristActs,
        List<DeclaredOffence> offences,
        List<Undertaking> undertakings) {

    /** A serious crime declared as purpose, as the national catalogue describes it. */
    public record DeclaredOffence(String statute, String name, Integer maxPenaltyYears, boolean lifeImprisonment) {
    }
}

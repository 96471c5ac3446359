package org.euc.portal.certificate.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the ministry's issued certificate shows, gathered before rendering so that the
 * renderer needs neither the database nor the caller. Texts arrive already worded (the category
 * label, each purpose line); the document itself is always in English.
 *
 * @param conditions the ministry's conditions attached to the approval; null or blank when none
 * @param purposes one already-worded line per declared purpose, e.g.
 *        "Terrorist act 3: kidnapping or hostage-taking"
 * @param approvedAt when the approval was confirmed (the second pair of eyes)
 * @param revisionNumber the revision of the certificate the approval rests on
 * @param signedDocumentSha256 hex SHA-256 of the agency's signed PDF of that revision
 * @param verificationUrl where third parties check the certificate; also encoded in the QR code
 */
public record IssuedCertificateContent(
        String reference,
        String agencyName,
        String agencyCode,
        String countryName,
        String countryCode,
        String exporterCompany,
        String exportLicenceReference,
        String systemName,
        String systemCategoryLabel,
        int installations,
        int sites,
        LocalDate validFrom,
        LocalDate validUntil,
        String conditions,
        List<String> purposes,
        String proposedBy,
        String confirmedBy,
        Instant approvedAt,
        int revisionNumber,
        String signedDocumentSha256,
        String verificationUrl) {

    public IssuedCertificateContent {
        purposes = purposes == null ? List.of() : List.copyOf(purposes);
    }

    public boolean hasConditions() {
        return conditions != null && !conditions.isBlank();
    }
}

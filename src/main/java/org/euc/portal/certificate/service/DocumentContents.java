package org.euc.portal.certificate.service;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.euc.portal.certificate.domain.Certificate;
import org.euc.portal.certificate.domain.CertificateRevision;
import org.euc.portal.certificate.domain.RevisionDetails;
import org.euc.portal.certificate.domain.Undertaking;
import org.euc.portal.reference.domain.Agency;
import org.euc.portal.reference.domain.Signatory;

/** Gathers what the PDF of a revision shows, from the certificate aggregate. */
final class DocumentContents {

    private DocumentContents() {
    }

    static CertificateDocumentContent of(Certificate certificate, CertificateRevision revision, Instant generatedAt,
            Locale locale) {
        Agency agency = certificate.getAgency();
        RevisionDetails details = revision.getDetails();
        Signatory signatory = revision.getSignatory();
        return new CertificateDocumentContent(certificate.getReference(), revision.getNumber(), generatedAt, locale,
                agency.getCode(), agency.getName(), agency.getCountry().getCode(), agency.getCountry().getName(),
                details.getExporterCompany(), details.getExportLicenceReference(), details.getSystemName(),
                details.getSystemCategory(), details.getInstallations(), details.getSites(), details.getValidFrom(),
                details.getValidUntil(), signatory.getName(), signatory.getTitle(), signatory.getFingerprint(),
                revision.getTerroristActsInOrder(),
                revision.getOffencesInOrder().stream()
                        .map(offence -> new CertificateDocumentContent.DeclaredOffence(offence.getStatute(),
                                offence.getName(), offence.getMaxPenaltyYears(), offence.isLifeImprisonment()))
                        .toList(),
                List.of(Undertaking.values()));
    }
}

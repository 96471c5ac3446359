package org.euc.portal.certificate.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.euc.portal.certificate.domain.Certificate;
import org.euc.portal.certificate.domain.CertificateRevision;
import org.euc.portal.certificate.domain.DecisionProposal;
import org.euc.portal.certificate.domain.RevisionDetails;
import org.euc.portal.certificate.domain.TerroristAct;
import org.euc.portal.common.config.PortalSettings;
import org.euc.portal.common.document.StoredDocument;
import org.euc.portal.common.domain.RuleViolationException;
import org.euc.portal.common.i18n.MessageCatalog;
import org.euc.portal.reference.domain.Offence;
import org.euc.portal.signature.service.MinistrySeal;

/**
 * Issues an approved certificate: renders the ministry's PDF with its reference and a QR code for
 * the verification address, seals it with the ministry's key and stores it with the certificate.
 * Runs inside the confirming transaction, so there is never an approval without its document.
 */
@ApplicationScoped
public class CertificateIssuance {

    @PersistenceContext
    EntityManager em;

    @Inject
    IssuedCertificateRenderer renderer;

    @Inject
    MinistrySeal seal;

    @Inject
    PortalSettings settings;

    @Transactional(Transactional.TxType.MANDATORY)
    public StoredDocument issue(Certificate certificate, DecisionProposal approval, Instant now) {
        if (!seal.isConfigured()) {
            throw new RuleViolationException("rule.issue.sealNotConfigured");
        }
        byte[] pdf = seal.seal(renderer.render(contentOf(certificate, approval, now)),
                "Approved end-use certificate " + certificate.getReference());
        StoredDocument document = new StoredDocument(certificate.getReference() + "-issued.pdf", StoredDocument.PDF, pdf, now);
        em.persist(document);
        certificate.attachIssuedDocument(document);
        return document;
    }

    /** The public address where anyone can check the certificate. */
    public String verificationUrl(String reference) {
        return settings.publicUrl() + "api/v1/certificates/" + reference;
    }

    private IssuedCertificateContent contentOf(Certificate certificate, DecisionProposal approval, Instant now) {
        CertificateRevision revision = certificate.currentRevision();
        RevisionDetails details = revision.getDetails();
        return new IssuedCertificateContent(certificate.getReference(), certificate.getAgency().getName(),
                certificate.getAgency().getCode(), certificate.getAgency().getCountry().getName(),
                certificate.getAgency().getCountry().getCode(), details.getExporterCompany(),
                details.getExportLicenceReference(), details.getSystemName(),
                MessageCatalog.text(Locale.ENGLISH, details.getSystemCategory().labelKey()), details.getInstallations(),
                details.getSites(), certificate.getApprovedFrom(), certificate.getApprovedUntil(),
                certificate.getConditions(), purposes(revision), approval.getProposedBy(), approval.getDecidedBy(), now,
                revision.getNumber(), revision.getSignedDocument().getSha256(), verificationUrl(certificate.getReference()));
    }

    private static List<String> purposes(CertificateRevision revision) {
        List<String> lines = new ArrayList<>();
        for (TerroristAct act : revision.getTerroristActsInOrder()) {
            lines.add(MessageCatalog.text(Locale.ENGLISH, "pdf.purposes.terrorism") + " " + act.number() + ": "
                    + MessageCatalog.text(Locale.ENGLISH, act.textKey()));
        }
        for (Offence offence : revision.getOffencesInOrder()) {
            lines.add(offence.getStatute() + " — " + offence.getName() + " — " + (offence.isLifeImprisonment()
                    ? MessageCatalog.text(Locale.ENGLISH, "pdf.penalty.life")
                    : MessageCatalog.text(Locale.ENGLISH, "pdf.penalty.years", offence.getMaxPenaltyYears())));
        }
        return lines;
    }
}

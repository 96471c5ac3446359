package org.euc.portal.certificate.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.euc.portal.certificate.domain.Certificate;
import org.euc.portal.certificate.domain.CertificateRevision;
import org.euc.portal.common.audit.domain.AuditAction;
import org.euc.portal.common.audit.service.AuditLog;
import org.euc.portal.common.document.StoredDocument;
import org.euc.portal.common.domain.RuleViolationException;
import org.euc.portal.common.persistence.NoSuchRecordException;
import org.euc.portal.common.security.Caller;
import org.euc.portal.common.security.Roles;

/**
 * Hands out the PDFs of a certificate's revisions: to importers of its agency, and to the
 * ministry's reviewers and auditors. Each download is audited.
 */
@ApplicationScoped
public class CertificateDocuments {

    /** Which PDF: of a revision (generated, signed), or the ministry's issued certificate. */
    public enum Kind {
        GENERATED,
        SIGNED,
        ISSUED
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    ImporterScope scope;

    @Inject
    Caller caller;

    @Inject
    AuditLog auditLog;

    @RolesAllowed({Roles.IMPORTER, Roles.REVIEWER, Roles.SENIOR_REVIEWER, Roles.AUDITOR})
    @Transactional
    public StoredDocument read(String reference, int revisionNumber, Kind kind) {
        // an importer reads only their own agency's documents, and none without an agency claim
        Certificate certificate = caller.hasRole(Roles.IMPORTER) ? scope.ownCertificate(reference) : anyCertificate(reference);
        StoredDocument document = kind == Kind.ISSUED ? certificate.getIssuedDocument()
                : documentOfRevision(certificate, revisionNumber, kind);
        if (document == null) {
            throw new NoSuchRecordException("Document", reference + " r" + revisionNumber + " " + kind);
        }
        auditLog.record(AuditAction.DOCUMENT_DOWNLOADED, "CERTIFICATE", reference, kind + " PDF"
                + (kind == Kind.ISSUED ? "" : " of revision " + revisionNumber) + ", sha256 " + document.getSha256());
        return document;
    }

    private static StoredDocument documentOfRevision(Certificate certificate, int revisionNumber, Kind kind) {
        CertificateRevision revision;
        try {
            revision = certificate.revision(revisionNumber);
        } catch (RuleViolationException e) {
            throw new NoSuchRecordException("Revision", certificate.getReference() + " r" + revisionNumber);
        }
        return kind == Kind.GENERATED ? revision.getGeneratedDocument() : revision.getSignedDocument();
    }

    private Certificate anyCertificate(String reference) {
        return em.createQuery("SELECT c FROM Certificate c WHERE c.reference = :reference", Certificate.class)
                .setParameter("reference", reference)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NoSuchRecordException("Certificate", reference));
    }
}

package org.euc.portal.review.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.euc.portal.certificate.domain.Certificate;
import org.euc.portal.certificate.service.CertificateDetail;
import org.euc.portal.certificate.service.CertificateQueries;
import org.euc.portal.common.audit.domain.AuditAction;
import org.euc.portal.common.audit.service.AuditLog;
import org.euc.portal.common.persistence.NoSuchRecordException;
import org.euc.portal.common.security.Caller;
import org.euc.portal.common.security.Roles;
import org.euc.portal.reference.domain.CountryStanding;
import org.euc.portal.reference.service.ReferenceData;
import org.euc.portal.certificate.domain.CaseNote;
import org.euc.portal.review.domain.ReviewTarget;
import org.euc.portal.review.service.CaseFile.FlagView;
import org.euc.portal.review.service.CaseFile.NoteView;
import org.euc.portal.review.service.CaseFile.ProposalView;

/** Reads a case in full for the ministry (reviewers, senior reviewers and, read-only, auditors). */
@ApplicationScoped
@Transactional
public class CaseReview {

    @PersistenceContext
    EntityManager em;

    @Inject
    CertificateQueries certificateQueries;

    @Inject
    ReferenceData referenceData;

    @Inject
    Caller caller;

    @Inject
    AuditLog auditLog;

    Clock clock = Clock.systemUTC();

    @RolesAllowed({Roles.REVIEWER, Roles.SENIOR_REVIEWER, Roles.AUDITOR})
    public CaseFile caseFile(String reference) {
        Certificate certificate = load(reference);
        if (!caller.hasRole(Roles.REVIEWER) && !caller.hasRole(Roles.SENIOR_REVIEWER)) {
            auditLog.record(AuditAction.CASE_READ, "CERTIFICATE", reference, null); // oversight leaves a trace
        }
        CertificateDetail detail = certificateQueries.detailOf(certificate);
        List<NoteView> notes = em.createQuery("SELECT n FROM CaseNote n WHERE n.certificate = :certificate "
                        + "ORDER BY n.writtenAt, n.id", CaseNote.class)
                .setParameter("certificate", certificate)
                .getResultStream().map(NoteView::of).toList();
        ReviewTarget target = certificate.getWaitingSince() == null ? null : ReviewTarget.of(
                LocalDate.ofInstant(certificate.getWaitingSince(), ZoneOffset.UTC), LocalDate.now(clock));
        CertificateDetail.DocumentInfo issued = certificateQueries.documentInfo(certificate.getIssuedDocument());
        CountryStanding countryStanding = referenceData.countryStanding(certificate.getAgency().getCountry().getCode(),
                LocalDate.now(clock));
        return new CaseFile(detail, certificate.getAssignee(), certificate.getWaitingSince(), target, countryStanding,
                certificate.getApprovedFrom(), certificate.getApprovedUntil(), certificate.getConditions(), issued,
                certificate.getFlags().stream().map(FlagView::of).toList(),
                certificate.getProposals().stream().map(ProposalView::of).toList(), notes);
    }

    Certificate load(String reference) {
        return em.createQuery("SELECT c FROM Certificate c JOIN FETCH c.agency WHERE c.reference = :reference",
                        Certificate.class)
                .setParameter("reference", reference)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NoSuchRecordException("Certificate", reference));
    }
}

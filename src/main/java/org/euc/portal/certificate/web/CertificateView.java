package org.euc.portal.certificate.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.euc.portal.certificate.domain.CertificateStatus;
import org.euc.portal.certificate.service.AgencyCertificateExtras;
import org.euc.portal.certificate.service.CertificateDetail;
import org.euc.portal.certificate.service.CertificateDetail.RevisionView;
import org.euc.portal.certificate.service.CertificateDrafting;
import org.euc.portal.certificate.service.CertificateQueries;
import org.euc.portal.common.domain.RuleViolationException;
import org.euc.portal.common.faces.PageMessages;
import org.euc.portal.common.persistence.NoSuchRecordException;

/** One of the agency's certificates: every revision, its signature and the decisions taken on it. */
@Named
@ViewScoped
public class CertificateView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CertificateQueries queries;

    @Inject
    CertificateDrafting drafting;

    @Inject
    PageMessages messages;

    private String reference;
    private CertificateDetail certificate;
    private AgencyCertificateExtras extras;

    public void load() {
        if (reference == null || reference.isBlank()) {
            throw new NoSuchRecordException("Certificate", "(none)");
        }
        certificate = queries.agencyCertificate(reference);
        extras = queries.agencyCertificateExtras(reference);
    }

    /** What the ministry decided and wrote: approved validity, issued PDF, messages to the agency. */
    public AgencyCertificateExtras getExtras() {
        return extras;
    }

    public String amend() {
        try {
            int revision = drafting.startAmendment(reference, certificate.version());
            messages.info("certificate.amendmentStarted", revision);
            messages.keepForNextPage();
            return "/importer/draft?faces-redirect=true&ref=" + reference;
        } catch (RuleViolationException e) {
            messages.refused(e);
            return null;
        }
    }

    public boolean isAmendable() {
        return certificate.status() == CertificateStatus.CHANGES_REQUESTED && certificate.currentRevision().isSubmitted();
    }

    /** Newest revision first, as people read a history. */
    public List<RevisionView> getRevisionsNewestFirst() {
        List<RevisionView> newestFirst = new ArrayList<>(certificate.revisions());
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    public String documentUrl(RevisionView revision, String kind) {
        return "/documents/" + reference + "/" + revision.number() + "/" + kind + ".pdf";
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public CertificateDetail getCertificate() {
        return certificate;
    }
}

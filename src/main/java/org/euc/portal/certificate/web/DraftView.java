package org.euc.portal.certificate.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.euc.portal.certificate.domain.RevisionDetails;
import org.euc.portal.certificate.domain.SystemCategory;
import org.euc.portal.certificate.domain.TerroristAct;
import org.euc.portal.certificate.domain.Undertaking;
import org.euc.portal.certificate.service.CertificateDetail;
import org.euc.portal.certificate.service.CertificateDetail.RevisionView;
import org.euc.portal.certificate.service.CertificateDrafting;
import org.euc.portal.certificate.service.CertificateQueries;
import org.euc.portal.certificate.service.SignatureCheck;
import org.euc.portal.common.domain.RuleViolationException;
import org.euc.portal.common.faces.PageMessages;
import org.euc.portal.reference.domain.CountryStanding;
import org.euc.portal.reference.domain.Offence;
import org.euc.portal.signature.service.PadesVerifier;
import org.primefaces.event.FileUploadEvent;

/**
 * The draft of a certificate, step by step: details, purposes, undertakings, PDF, signed upload,
 * submission. Each step saves on its own; the service re-checks everything the page shows.
 */
@Named
@ViewScoped
public class DraftView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CertificateDrafting drafting;

    @Inject
    CertificateQueries queries;

    @Inject
    PageMessages messages;

    private String reference;
    private CertificateDetail certificate;
    private CountryStanding countryStanding;
    private List<SignatoryOption> signatories = List.of();
    private List<OffenceOption> offences = List.of();

    private RevisionDetails details = new RevisionDetails();
    private Long signatoryId;
    private List<TerroristAct> selectedActs = new ArrayList<>();
    private List<Long> selectedOffenceIds = new ArrayList<>();
    private final Map<Undertaking, Boolean> undertakings = new EnumMap<>(Undertaking.class);
    private SignatureCheck lastSignatureCheck;
    private String withdrawalRationale;

    /** A signatory the importer can name. */
    public record SignatoryOption(long id, String label) implements Serializable {
    }

    /** A catalogue offence with whether it may be declared, and why not. */
    public record OffenceOption(long id, String statute, String name, Integer maxPenaltyYears, boolean life,
            String categoryKey, boolean eligible, String eligibilityKey) implements Serializable {

        static OffenceOption of(Offence offence) {
            return new OffenceOption(offence.getId(), offence.getStatute(), offence.getName(),
                    offence.getMaxPenaltyYears(), offence.isLifeImprisonment(), offence.getCategory().labelKey(),
                    offence.eligibility().isEligible(), offence.eligibility().messageKey());
        }
    }

    /** The page's view action: loads reference data and, for an existing draft, its current revision. */
    public String load() {
        countryStanding = drafting.callerCountryStanding();
        signatories = drafting.availableSignatories().stream()
                .map(s -> new SignatoryOption(s.getId(), s.getName() + ", " + s.getTitle())).toList();
        offences = drafting.offenceCatalogue().stream().map(OffenceOption::of).toList();
        for (Undertaking undertaking : Undertaking.values()) {
            undertakings.put(undertaking, Boolean.FALSE);
        }
        if (reference == null || reference.isBlank()) {
            reference = null;
            return null;
        }
        refresh();
        if (!certificate.editableByImporter()) {
            return certificatePage();
        }
        return null;
    }

    public String saveDetails() {
        try {
            if (certificate == null) {
                reference = drafting.createDraft(details, signatoryIdOrZero());
                messages.info("draft.created", reference);
                messages.keepForNextPage();
                return "/importer/draft?faces-redirect=true&ref=" + reference;
            }
            drafting.saveDetails(reference, certificate.version(), details, signatoryIdOrZero());
            refresh();
            messages.info("draft.detailsSaved");
        } catch (RuleViolationException e) {
            refused(e);
        }
        return null;
    }

    public void savePurposes() {
        try {
            drafting.declarePurposes(reference, certificate.version(), EnumSet.copyOf(acts()),
                    new HashSet<>(selectedOffenceIds));
            refresh();
            messages.info("draft.purposesSaved");
        } catch (RuleViolationException e) {
            refused(e);
        }
    }

    public void saveUndertakings() {
        Set<Undertaking> accepted = EnumSet.noneOf(Undertaking.class);
        undertakings.forEach((undertaking, yes) -> {
            if (Boolean.TRUE.equals(yes)) {
                accepted.add(undertaking);
            }
        });
        try {
            drafting.acceptUndertakings(reference, certificate.version(), accepted);
            refresh();
            messages.info(accepted.size() == Undertaking.values().length ? "draft.undertakingsSaved"
                    : "draft.undertakingsPartly", accepted.size(), Undertaking.values().length);
        } catch (RuleViolationException e) {
            refused(e);
        }
    }

    public void generateDocument() {
        try {
            drafting.generateDocument(reference, certificate.version(),
                    jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale());
            refresh();
            messages.info("draft.documentGenerated");
        } catch (RuleViolationException e) {
            refused(e);
        }
    }

    public void upload(FileUploadEvent event) {
        try (InputStream in = event.getFile().getInputStream()) {
            // read one byte past the limit only, so a huge file is refused without being held in memory
            byte[] bytes = in.readNBytes(PadesVerifier.MAX_UPLOAD_BYTES + 1);
            lastSignatureCheck = drafting.attachSignedDocument(reference, bytes, event.getFile().getFileName());
            refresh();
            if (lastSignatureCheck.accepted()) {
                messages.info("signature.outcome.VALID", lastSignatureCheck.signerName());
            } else {
                messages.error(lastSignatureCheck.outcome().messageKey(), lastSignatureCheck.signerName());
            }
        } catch (IOException e) {
            messages.error("signature.uploadFailed");
        } catch (RuleViolationException e) {
            refused(e);
        }
    }

    public String submit() {
        try {
            drafting.submit(reference, certificate.version());
            messages.info("draft.submitted", reference);
            messages.keepForNextPage();
            return certificatePage();
        } catch (RuleViolationException e) {
            refused(e);
            return null;
        }
    }

    public String withdraw() {
        try {
            drafting.withdraw(reference, certificate.version(), withdrawalRationale);
            messages.info("draft.withdrawn", reference);
            messages.keepForNextPage();
            return certificatePage();
        } catch (RuleViolationException e) {
            refused(e);
            return null;
        }
    }

    /** Explains a refusal; after a concurrent change, shows what the other window or colleague saved. */
    private void refused(RuleViolationException violation) {
        messages.refused(violation);
        if (RuleViolationException.concurrentChange().messageKey().equals(violation.messageKey()) && certificate != null) {
            refresh();
        }
    }

    private void refresh() {
        certificate = queries.agencyCertificate(reference);
        RevisionView current = certificate.currentRevision();
        details = current.details();
        signatoryId = current.signatoryId();
        selectedActs = new ArrayList<>(current.terroristActs());
        selectedOffenceIds = new ArrayList<>(current.offenceIds());
        for (Undertaking undertaking : Undertaking.values()) {
            undertakings.put(undertaking, current.undertakings().stream()
                    .anyMatch(accepted -> accepted.undertaking() == undertaking));
        }
    }

    private String certificatePage() {
        return "/importer/certificate?faces-redirect=true&ref=" + reference;
    }

    private long signatoryIdOrZero() {
        return signatoryId == null ? 0 : signatoryId;
    }

    private List<TerroristAct> acts() {
        return selectedActs.isEmpty() ? List.of() : selectedActs;
    }

    // ----- what the page shows -----

    /** Nothing saved yet: the page creates the draft with its first step. */
    public boolean isUnsaved() {
        return certificate == null;
    }

    public boolean isCountryApproved() {
        return countryStanding != null && countryStanding.approved();
    }

    public RevisionView getCurrent() {
        return certificate == null ? null : certificate.currentRevision();
    }

    public boolean isDocumentGenerated() {
        return getCurrent() != null && getCurrent().generatedDocument() != null;
    }

    public boolean isSigned() {
        return getCurrent() != null && getCurrent().isSigned();
    }

    public boolean isReadyToSubmit() {
        return isDocumentGenerated() && isSigned() && isCountryApproved();
    }

    public String documentUrl(String kind) {
        return "/documents/" + reference + "/" + getCurrent().number() + "/" + kind + ".pdf";
    }

    public List<TerroristAct> getAllActs() {
        return List.of(TerroristAct.values());
    }

    public List<Undertaking> getAllUndertakings() {
        return List.of(Undertaking.values());
    }

    public SystemCategory[] getSystemCategories() {
        return SystemCategory.values();
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

    public CountryStanding getCountryStanding() {
        return countryStanding;
    }

    public List<SignatoryOption> getSignatories() {
        return signatories;
    }

    public List<OffenceOption> getOffences() {
        return offences;
    }

    public RevisionDetails getDetails() {
        return details;
    }

    public Long getSignatoryId() {
        return signatoryId;
    }

    public void setSignatoryId(Long signatoryId) {
        this.signatoryId = signatoryId;
    }

    // arrays, so that Faces converts the checkbox values to the element type by itself

    public TerroristAct[] getSelectedActs() {
        return selectedActs.toArray(TerroristAct[]::new);
    }

    public void setSelectedActs(TerroristAct[] acts) {
        this.selectedActs = acts == null ? new ArrayList<>() : new ArrayList<>(List.of(acts));
    }

    public Long[] getSelectedOffenceIds() {
        return selectedOffenceIds.toArray(Long[]::new);
    }

    public void setSelectedOffenceIds(Long[] ids) {
        this.selectedOffenceIds = ids == null ? new ArrayList<>() : new ArrayList<>(List.of(ids));
    }

    public Map<Undertaking, Boolean> getUndertakings() {
        return undertakings;
    }

    public SignatureCheck getLastSignatureCheck() {
        return lastSignatureCheck;
    }

    public String getWithdrawalRationale() {
        return withdrawalRationale;
    }

    public void setWithdrawalRationale(String withdrawalRationale) {
        this.withdrawalRationale = withdrawalRationale;
    }
}

package org.euc.portal.ledger.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.euc.portal.certificate.domain.TerroristAct;
import org.euc.portal.certificate.service.CertificateDrafting;
import org.euc.portal.common.domain.RuleViolationException;
import org.euc.portal.common.faces.PageMessages;
import org.euc.portal.common.persistence.NoSuchRecordException;
import org.euc.portal.ledger.domain.AuthorizationKind;
import org.euc.portal.ledger.domain.EntryType;
import org.euc.portal.ledger.domain.LedgerChannel;
import org.euc.portal.ledger.domain.LedgerEntryView;
import org.euc.portal.ledger.service.AuthorizationLedger;
import org.euc.portal.ledger.service.LedgerInputRefused;
import org.euc.portal.reference.domain.Offence;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The agency's judicial authorization ledger of one certificate: its entries, the form to record
 * one, CSV upload, corrections and cancellations. Refusals list every problem, row by row.
 */
@Named
@ViewScoped
public class LedgerView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuthorizationLedger ledger;

    @Inject
    CertificateDrafting drafting;

    @Inject
    PageMessages messages;

    private String reference;
    private final LazyDataModel<LedgerEntryView> entries = new EntryRows();
    private List<Offence> offences = List.of();
    private AuthorizationForm form = new AuthorizationForm();
    private byte[] orderDocumentBytes;
    private String orderDocumentName;
    private List<String> problems = List.of();
    private Integer amendPosition;
    private EntryType amendType;
    private String amendReason;
    private LocalDate noUseFrom;
    private LocalDate noUseUntil;

    public void load() {
        if (reference == null || reference.isBlank()) {
            throw new NoSuchRecordException("Certificate", "(none)");
        }
        ledger.entryCount(reference); // the certificate must be the agency's own, before anything renders
        offences = drafting.offenceCatalogue();
    }

    public void attachOrderDocument(FileUploadEvent event) {
        try (InputStream in = event.getFile().getInputStream()) {
            orderDocumentBytes = in.readNBytes(org.euc.portal.signature.service.PadesVerifier.MAX_UPLOAD_BYTES + 1);
            orderDocumentName = event.getFile().getFileName();
            messages.info("ledger.documentAttached", orderDocumentName);
        } catch (IOException e) {
            messages.error("signature.uploadFailed");
        }
    }

    public void record() {
        try {
            LedgerEntryView entry = ledger.record(reference, form.toInput(), document(), LedgerChannel.FORM);
            messages.info("ledger.entryRecorded", entry.position());
            form = new AuthorizationForm();
            orderDocumentBytes = null;
            orderDocumentName = null;
            problems = List.of();
        } catch (LedgerInputRefused refused) {
            show(refused);
        } catch (RuleViolationException e) {
            messages.refused(e);
        }
    }

    /** Attests that the system was not used from noUseFrom to noUseUntil. */
    public void attestNoUse() {
        try {
            ledger.attestNoUse(reference, noUseFrom, noUseUntil, LedgerChannel.FORM);
            messages.info("ledger.noUse.done", noUseFrom, noUseUntil);
            noUseFrom = null;
            noUseUntil = null;
        } catch (RuleViolationException e) {
            messages.refused(e);
        }
    }

    /** Prepares a correction (the form holds the corrected authorization) or a cancellation of an entry. */
    public void prepareAmendment(LedgerEntryView entry, EntryType type) {
        amendPosition = entry.position();
        amendType = type;
        amendReason = null;
    }

    public void amend() {
        try {
            ledger.amend(reference, amendPosition, amendType, amendReason, form.toInput(), document(), LedgerChannel.FORM);
            messages.info("ledger.amended", amendPosition);
            amendPosition = null;
            problems = List.of();
        } catch (LedgerInputRefused refused) {
            show(refused);
        } catch (RuleViolationException e) {
            messages.refused(e);
        }
    }

    public void importCsv(FileUploadEvent event) {
        try (InputStream in = event.getFile().getInputStream()) {
            int recorded = ledger.importCsv(reference, in);
            messages.info("ledger.imported", recorded);
            problems = List.of();
        } catch (LedgerInputRefused refused) {
            show(refused);
        } catch (RuleViolationException e) {
            messages.refused(e);
        } catch (IOException e) {
            messages.error("signature.uploadFailed");
        }
    }

    private AuthorizationLedger.OrderDocument document() {
        return orderDocumentBytes == null ? null : new AuthorizationLedger.OrderDocument(orderDocumentName, orderDocumentBytes);
    }

    /** Every problem, in words, with its line when it came from a file. */
    private void show(LedgerInputRefused refused) {
        messages.refused(refused);
        problems = refused.problems().stream().map(messages::describe).toList();
    }

    public AuthorizationKind[] getKinds() {
        return AuthorizationKind.values();
    }

    public TerroristAct[] getActs() {
        return TerroristAct.values();
    }

    public AuthorizationForm.BasisType[] getBasisTypes() {
        return AuthorizationForm.BasisType.values();
    }

    public boolean isAmending() {
        return amendPosition != null;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    /** The ledger a page at a time: the table asks only for the rows of the page it shows. */
    private final class EntryRows extends LazyDataModel<LedgerEntryView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) ledger.entryCount(reference);
        }

        @Override
        public List<LedgerEntryView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return ledger.entries(reference, first, pageSize);
        }

        @Override
        public String getRowKey(LedgerEntryView entry) {
            return String.valueOf(entry.position());
        }
    }

    public LazyDataModel<LedgerEntryView> getEntries() {
        return entries;
    }

    public List<Offence> getOffences() {
        return offences;
    }

    public AuthorizationForm getForm() {
        return form;
    }

    public String getOrderDocumentName() {
        return orderDocumentName;
    }

    public List<String> getProblems() {
        return problems;
    }

    public LocalDate getNoUseFrom() {
        return noUseFrom;
    }

    public void setNoUseFrom(LocalDate noUseFrom) {
        this.noUseFrom = noUseFrom;
    }

    public LocalDate getNoUseUntil() {
        return noUseUntil;
    }

    public void setNoUseUntil(LocalDate noUseUntil) {
        this.noUseUntil = noUseUntil;
    }

    public Integer getAmendPosition() {
        return amendPosition;
    }

    public EntryType getAmendType() {
        return amendType;
    }

    public String getAmendReason() {
        return amendReason;
    }

    public void setAmendReason(String amendReason) {
        this.amendReason = amendReason;
    }
}

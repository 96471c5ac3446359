package org.euc.portal.ledger.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.euc.portal.common.domain.RuleViolationException;
import org.euc.portal.common.faces.CappedLazyDataModel;
import org.euc.portal.common.faces.PageMessages;
import org.euc.portal.ledger.domain.LedgerEntryView;
import org.euc.portal.ledger.service.LedgerFilter;
import org.euc.portal.ledger.service.LedgerOversight;
import org.euc.portal.ledger.service.LedgerVerification;
import org.euc.portal.ledger.service.LedgerVerifier;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/** The auditor's ledger browser: every agency's entries, filters, chain verification, samples, exports. */
@Named
@ViewScoped
public class LedgerOversightView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LedgerOversight oversight;

    @Inject
    LedgerVerifier verifier;

    @Inject
    PageMessages messages;

    private String countryCode;
    private String agencyCode;
    private String certificateReference;
    private LocalDate usedFrom;
    private LocalDate usedUntil;
    private boolean onlyFlagged;
    private Integer sampleSize = 10;
    private Long seed;
    private LedgerVerification verification;
    private final CappedLazyDataModel<LedgerEntryView> entries = new Entries();

    public void verifyChains() {
        verification = certificateReference == null || certificateReference.isBlank() ? verifier.verifyAll()
                : verifier.verifyCertificate(certificateReference.strip());
    }

    public String drawSample() {
        try {
            long id = oversight.drawSample(filter(), sampleSize == null ? 0 : sampleSize, seed);
            return "/audit/sample?faces-redirect=true&id=" + id;
        } catch (RuleViolationException e) {
            messages.refused(e);
            return null;
        }
    }

    public StreamedContent getCsvExport() {
        byte[] csv = oversight.exportCsv(filter());
        return DefaultStreamedContent.builder().name("ledger.csv").contentType("text/csv; charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(csv)).build();
    }

    public StreamedContent getPdfExport() {
        byte[] pdf = oversight.exportPdf(filter(), FacesContext.getCurrentInstance().getViewRoot().getLocale());
        return DefaultStreamedContent.builder().name("ledger.pdf").contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(pdf)).build();
    }

    private LedgerFilter filter() {
        return new LedgerFilter(blankToNull(countryCode), blankToNull(agencyCode), blankToNull(certificateReference),
                usedFrom, usedUntil, onlyFlagged);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Entries from the database a page at a time, newest first. */
    private final class Entries extends CappedLazyDataModel<LedgerEntryView> {

        private static final long serialVersionUID = 1L;

        @Override
        protected long cappedCount() {
            return oversight.count(filter());
        }

        @Override
        public List<LedgerEntryView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return oversight.page(filter(), first, pageSize);
        }

        @Override
        public String getRowKey(LedgerEntryView row) {
            return String.valueOf(row.id());
        }
    }

    public CappedLazyDataModel<LedgerEntryView> getEntries() {
        return entries;
    }

    public LedgerVerification getVerification() {
        return verification;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public void setAgencyCode(String agencyCode) {
        this.agencyCode = agencyCode;
    }

    public String getCertificateReference() {
        return certificateReference;
    }

    public void setCertificateReference(String certificateReference) {
        this.certificateReference = certificateReference;
    }

    public LocalDate getUsedFrom() {
        return usedFrom;
    }

    public void setUsedFrom(LocalDate usedFrom) {
        this.usedFrom = usedFrom;
    }

    public LocalDate getUsedUntil() {
        return usedUntil;
    }

    public void setUsedUntil(LocalDate usedUntil) {
        this.usedUntil = usedUntil;
    }

    public boolean isOnlyFlagged() {
        return onlyFlagged;
    }

    public void setOnlyFlagged(boolean onlyFlagged) {
        this.onlyFlagged = onlyFlagged;
    }

    public Integer getSampleSize() {
        return sampleSize;
    }

    public void setSampleSize(Integer sampleSize) {
        this.sampleSize = sampleSize;
    }

    public Long getSeed() {
        return seed;
    }

    public void setSeed(Long seed) {
        this.seed = seed;
    }
}

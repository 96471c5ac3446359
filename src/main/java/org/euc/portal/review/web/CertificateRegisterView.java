package org.euc.portal.review.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.euc.portal.certificate.domain.CertificateStatus;
import org.euc.portal.review.service.CertificateRegister;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The auditor's register of every submitted certificate, paged in the database, each row opening its case file. */
@Named
@ViewScoped
public class CertificateRegisterView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CertificateRegister register;

    private CertificateStatus status;
    private String countryCode;
    private String agencyCode;
    private String reference;
    private final LazyDataModel<CertificateRegister.Row> certificates = new Rows();

    public void clear() {
        status = null;
        countryCode = null;
        agencyCode = null;
        reference = null;
    }

    private CertificateRegister.Filter filter() {
        return new CertificateRegister.Filter(status, blankToNull(countryCode), blankToNull(agencyCode),
                blankToNull(reference));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private final class Rows extends LazyDataModel<CertificateRegister.Row> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) register.count(filter());
        }

        @Override
        public List<CertificateRegister.Row> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return register.page(filter(), first, pageSize);
        }

        @Override
        public String getRowKey(CertificateRegister.Row row) {
            return row.reference();
        }
    }

    public LazyDataModel<CertificateRegister.Row> getCertificates() {
        return certificates;
    }

    /** Every status a submitted certificate can have. */
    public List<CertificateStatus> getStatuses() {
        return Arrays.stream(CertificateStatus.values())
                .filter(s -> s != CertificateStatus.DRAFT && s != CertificateStatus.WITHDRAWN).toList();
    }

    public CertificateStatus getStatus() {
        return status;
    }

    public void setStatus(CertificateStatus status) {
        this.status = status;
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

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }
}

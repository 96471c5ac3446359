package org.euc.portal.certificate.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.euc.portal.certificate.domain.CertificateStatus;
import org.euc.portal.certificate.service.CertificateDrafting;
import org.euc.portal.certificate.service.CertificateFilter;
import org.euc.portal.certificate.service.CertificateQueries;
import org.euc.portal.certificate.service.CertificateSort;
import org.euc.portal.certificate.service.CertificateSummary;
import org.euc.portal.common.faces.CappedLazyDataModel;
import org.euc.portal.reference.domain.CountryStanding;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The importer's home: whether the country may apply, and the agency's certificates, paged in the database. */
@Named
@ViewScoped
public class AgencyCertificatesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CertificateQueries queries;

    @Inject
    CertificateDrafting drafting;

    private CountryStanding countryStanding;
    private CertificateStatus statusFilter;
    private String textFilter;
    private final CappedLazyDataModel<CertificateSummary> certificates = new CertificateRows();

    @PostConstruct
    void load() {
        countryStanding = drafting.callerCountryStanding();
    }

    public CountryStanding getCountryStanding() {
        return countryStanding;
    }

    public CappedLazyDataModel<CertificateSummary> getCertificates() {
        return certificates;
    }

    public CertificateStatus[] getStatuses() {
        return CertificateStatus.values();
    }

    public CertificateStatus getStatusFilter() {
        return statusFilter;
    }

    public void setStatusFilter(CertificateStatus statusFilter) {
        this.statusFilter = statusFilter;
    }

    public String getTextFilter() {
        return textFilter;
    }

    public void setTextFilter(String textFilter) {
        this.textFilter = textFilter;
    }

    /** Rows come from the database one page at a time, sorted and filtered there. */
    private final class CertificateRows extends CappedLazyDataModel<CertificateSummary> {

        private static final long serialVersionUID = 1L;

        @Override
        protected long cappedCount() {
            return queries.cappedAgencyCertificates(filter());
        }

        @Override
        public List<CertificateSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            CertificateSort column = sort == null ? CertificateSort.UPDATED : SortColumns.of(sort.getField());
            boolean ascending = sort != null && sort.getOrder() == SortOrder.ASCENDING;
            return queries.agencyCertificates(filter(), column, ascending, first, pageSize);
        }

        @Override
        public String getRowKey(CertificateSummary row) {
            return row.reference();
        }

        private CertificateFilter filter() {
            return new CertificateFilter(statusFilter, textFilter);
        }
    }
}

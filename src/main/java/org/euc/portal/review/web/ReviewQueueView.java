package org.euc.portal.review.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.euc.portal.certificate.domain.CertificateStatus;
import org.euc.portal.common.domain.RuleViolationException;
import org.euc.portal.common.faces.PageMessages;
import org.euc.portal.common.security.Caller;
import org.euc.portal.review.domain.QueueFilter;
import org.euc.portal.review.domain.SavedQueueFilter;
import org.euc.portal.review.service.QueueRow;
import org.euc.portal.review.service.QueueSort;
import org.euc.portal.review.service.ReviewQueue;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The review queue: open cases paged in the database, filters, "my cases", saved filters. */
@Named
@ViewScoped
public class ReviewQueueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReviewQueue queue;

    @Inject
    Caller caller;

    @Inject
    PageMessages messages;

    private CertificateStatus status;
    private String countryCode;
    private String agencyCode;
    private String assignee;
    private boolean onlyFlagged;
    private boolean onlyMine;
    private String filterName;
    private List<SavedQueueFilter> savedFilters = List.of();
    private final LazyDataModel<QueueRow> cases = new QueueRows();

    @PostConstruct
    void load() {
        savedFilters = queue.savedFilters();
    }

    public void saveFilter() {
        try {
            queue.saveFilter(filterName, filter());
            savedFilters = queue.savedFilters();
            messages.info("queue.filterSaved", filterName);
            filterName = null;
        } catch (RuleViolationException e) {
            messages.refused(e);
        }
    }

    public void apply(SavedQueueFilter saved) {
        QueueFilter filter = saved.filter();
        status = filter.status();
        countryCode = filter.countryCode();
        agencyCode = filter.agencyCode();
        assignee = filter.assignee();
        onlyFlagged = filter.onlyFlagged();
        onlyMine = caller.name().equals(assignee);
    }

    public void deleteFilter(SavedQueueFilter saved) {
        queue.deleteFilter(saved.getId());
        savedFilters = queue.savedFilters();
    }

    public void clear() {
        status = null;
        countryCode = null;
        agencyCode = null;
        assignee = null;
        onlyFlagged = false;
        onlyMine = false;
    }

    private QueueFilter filter() {
        QueueFilter filter = new QueueFilter(status, blankToNull(countryCode), blankToNull(agencyCode),
                blankToNull(assignee), onlyFlagged);
        return onlyMine ? filter.assignedTo(caller.name()) : filter;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Cases come from the database one page at a time, oldest waiting first unless sorted otherwise. */
    private final class QueueRows extends LazyDataModel<QueueRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) queue.count(filter());
        }

        @Override
        public List<QueueRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            boolean ascending = sort == null || sort.getOrder() != SortOrder.DESCENDING;
            return queue.page(filter(), sort == null ? QueueSort.WAITING : QueueSort.ofField(sort.getField()), ascending,
                    first, pageSize);
        }

        @Override
        public String getRowKey(QueueRow row) {
            return row.reference();
        }
    }

    public LazyDataModel<QueueRow> getCases() {
        return cases;
    }

    public CertificateStatus[] getStatuses() {
        return new CertificateStatus[] {CertificateStatus.SUBMITTED, CertificateStatus.UNDER_REVIEW,
                CertificateStatus.SUSPENDED, CertificateStatus.APPROVED};
    }

    public List<SavedQueueFilter> getSavedFilters() {
        return savedFilters;
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

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public boolean isOnlyFlagged() {
        return onlyFlagged;
    }

    public void setOnlyFlagged(boolean onlyFlagged) {
        this.onlyFlagged = onlyFlagged;
    }

    public boolean isOnlyMine() {
        return onlyMine;
    }

    public void setOnlyMine(boolean onlyMine) {
        this.onlyMine = onlyMine;
    }

    public String getFilterName() {
        return filterName;
    }

    public void setFilterName(String filterName) {
        this.filterName = filterName;
    }
}

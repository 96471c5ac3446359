package org.euc.portal.common.audit.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.euc.portal.common.audit.domain.AuditAction;
import org.euc.portal.common.audit.domain.AuditEvent;
import org.euc.portal.common.audit.service.AuditFilter;
import org.euc.portal.common.audit.service.AuditLogSearch;
import org.euc.portal.common.faces.CappedLazyDataModel;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/** The audit log viewer: filter by days (UTC), actor, action and subject; page; export what is filtered. */
@Named
@ViewScoped
public class AuditLogView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditLogSearch search;

    private LocalDate from;
    private LocalDate until;
    private String actor;
    private String action;
    private String subject;
    private final CappedLazyDataModel<AuditEvent> events = new AuditEvents();

    public void clear() {
        from = null;
        until = null;
        actor = null;
        action = null;
        subject = null;
    }

    /** The filter's days are whole days: "until 3 March" includes all of 3 March. */
    AuditFilter filter() {
        return new AuditFilter(startOf(from), until == null ? null : startOf(until.plusDays(1)), actor, action, subject);
    }

    public StreamedContent getCsvExport() {
        AuditFilter filter = filter();
        return DefaultStreamedContent.builder().name("audit-log.csv").contentType("text/csv; charset=UTF-8")
                .writer(out -> search.exportCsv(filter, out)).build();
    }

    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private final class AuditEvents extends CappedLazyDataModel<AuditEvent> {

        private static final long serialVersionUID = 1L;

        @Override
        protected long cappedCount() {
            return search.cappedCount(filter());
        }

        @Override
        public List<AuditEvent> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return search.page(filter(), first, pageSize);
        }

        @Override
        public String getRowKey(AuditEvent event) {
            return event.getId().toString();
        }
    }

    public CappedLazyDataModel<AuditEvent> getEvents() {
        return events;
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    /** The label key of an event's stored action; null for a name that is no constant, which the page shows as it is. */
    public String actionLabelKey(String action) {
        return AuditAction.named(action).map(AuditAction::labelKey).orElse(null);
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }
}

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
import org.euc.portal.common.faces.PageMessages;
import org.euc.portal.common.persistence.CappedCount;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/** The audit log viewer: filter by days (UTC), actor, action and subject; page; export what is filtered. */
@Named
@ViewScoped
public class AuditLogView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditLogSearch search;

    @Inject
    PageMessages messages;

    private long counted;
    private LocalDate from;
    private LocalDate until;
    private String actor;
    private String action;
    private String subject;
    private final LazyDataModel<AuditEvent> events = new AuditEvents();

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

    /** The filter matches more events than the page counts: it says "more than …", not a total. */
    public boolean isCountCapped() {
        return CappedCount.capped(counted);
    }

    public String getCappedCountText() {
        return messages.text("table.countCapped", CappedCount.LIMIT);
    }

    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private final class AuditEvents extends LazyDataModel<AuditEvent> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            counted = search.cappedCount(filter());
            return (int) counted;
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

    public LazyDataModel<AuditEvent> getEvents() {
        return events;
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
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

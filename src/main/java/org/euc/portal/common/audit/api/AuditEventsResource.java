package org.euc.portal.common.audit.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.euc.portal.common.api.Paging;
import org.euc.portal.common.audit.domain.AuditEvent;
import org.euc.portal.common.audit.service.AuditFilter;
import org.euc.portal.common.audit.service.AuditLogSearch;

/** The audit log's events, filtered and paged, or exported as CSV (administrators and auditors). */
@Path("/audit-log/events")
public class AuditEventsResource {

    @Inject
    AuditLogSearch search;

    public record EventView(long id, Instant occurredAt, String actor, String actorRoles, String action,
            String subjectType, String subjectId, String details, String hash) {

        static EventView of(AuditEvent e) {
            return new EventView(e.getId(), e.getOccurredAt(), e.getActor(), e.getActorRoles(), e.getAction(),
                    e.getSubjectType(), e.getSubjectId(), e.getDetails(), e.getHash());
        }
    }

    public record EventPage(long total, List<EventView> events) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Events matching the filter, newest first")
    public EventPage page(@QueryParam("from") String from, @QueryParam("until") String until,
            @QueryParam("actor") String actor, @QueryParam("action") String action, @QueryParam("subject") String subject,
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("50") int max) {
        Paging paging = Paging.of(first, max);
        AuditFilter filter = new AuditFilter(instant(from), instant(until), actor, action, subject);
        return new EventPage(search.count(filter), search.page(filter, paging.first(), paging.max())
                .stream().map(EventView::of).toList());
    }

    @GET
    @Produces("text/csv")
    @Operation(summary = "Every event matching the filter, oldest first, as CSV with the hashes")
    public Response export(@QueryParam("from") String from, @QueryParam("until") String until,
            @QueryParam("actor") String actor, @QueryParam("action") String action, @QueryParam("subject") String subject) {
        AuditFilter filter = new AuditFilter(instant(from), instant(until), actor, action, subject);
        StreamingOutput csv = out -> search.exportCsv(filter, out);
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"audit-log.csv\"").build();
    }

    /** An ISO-8601 instant such as 2026-11-28T00:00:00Z; anything else is the client's mistake (400). */
    private static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("from and until are ISO-8601 instants, e.g. 2026-11-28T00:00:00Z");
        }
    }
}

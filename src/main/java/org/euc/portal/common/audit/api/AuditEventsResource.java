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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.euc.portal.common.api.ErrorAnswers;
import org.euc.portal.common.api.Paging;
import org.euc.portal.common.audit.domain.AuditEvent;
import org.euc.portal.common.audit.service.AuditFilter;
import org.euc.portal.common.audit.service.AuditLogSearch;

/** The audit log's events, filtered and paged, or exported as CSV (administrators and auditors). */
@Path("/audit-log/events")
@Tag(name = "Audit")
@APIResponse(responseCode = "401", ref = ErrorAnswers.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ErrorAnswers.FORBIDDEN)
@APIResponse(responseCode = "400", ref = ErrorAnswers.BAD_REQUEST)
public class AuditEventsResource {

    /** Both methods answer the one GET; the OpenAPI document shows them as one operation. */
    private static final String SUMMARY = "Events matching the filter: a page of JSON, newest first, or with "
            + "Accept: text/csv every one of them, oldest first, with the hashes";

    private static final String INSTANT = "An ISO-8601 instant, e.g. 2026-11-28T00:00:00Z";

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
    @Operation(summary = SUMMARY)
    @APIResponse(responseCode = "200", description = "The events")
    public EventPage page(@Parameter(description = INSTANT) @QueryParam("from") String from,
            @Parameter(description = INSTANT) @QueryParam("until") String until,
            @Parameter(description = "User name") @QueryParam("actor") String actor,
            @Parameter(description = "Action code", example = "CERTIFICATE_SUBMITTED") @QueryParam("action")
            String action,
            @Parameter(description = "Subject id, e.g. a certificate's reference") @QueryParam("subject")
            String subject,
            @Parameter(description = Paging.FIRST_DESCRIPTION + " (JSON only)") @QueryParam("first")
            @DefaultValue("0") int first,
            @Parameter(description = Paging.MAX_DESCRIPTION + " (JSON only)") @QueryParam("max")
            @DefaultValue("50") int max) {
        Paging paging = Paging.of(first, max);
        AuditFilter filter = new AuditFilter(instant(from), instant(until), actor, action, subject);
        return new EventPage(search.count(filter), search.page(filter, paging.first(), paging.max())
                .stream().map(EventView::of).toList());
    }

    @GET
    @Produces("text/csv")
    @Operation(summary = SUMMARY)
    @APIResponse(responseCode = "200", description = "The events", content = @Content(mediaType = "text/csv",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
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

package org.euc.portal.admin.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.euc.portal.admin.service.CatalogueImport;
import org.euc.portal.admin.service.OffenceAdministration;
import org.euc.portal.reference.domain.Offence;
import org.euc.portal.reference.domain.OffenceCategory;
import org.euc.portal.reference.service.OffenceCatalogueCsv.OffenceLine;

/** A country's offence catalogue for administrators' scripts (roles are checked by the service). */
@Path("/admin/offences/{country}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OffenceAdministrationResource {

    @Inject
    OffenceAdministration offences;

    public record OffenceView(long id, String offenceCode, String statute, String name, Integer maxPenaltyYears,
            boolean lifeImprisonment, OffenceCategory category, LocalDate effectiveFrom, LocalDate effectiveUntil,
            String recordedBy, Instant recordedAt) {

        static OffenceView of(Offence o) {
            return new OffenceView(o.getId(), o.getOffenceCode(), o.getStatute(), o.getName(), o.getMaxPenaltyYears(),
                    o.isLifeImprisonment(), o.getCategory(), o.getEffectiveFrom(), o.getEffectiveUntil(),
                    o.getRecordedBy(), o.getRecordedAt());
        }
    }

    public record Created(long id) {
    }

    @POST
    @Operation(summary = "Add an offence code new to the country's catalogue")
    @APIResponse(responseCode = "201", description = "Added")
    public Response create(@PathParam("country") String country, OffenceLine line) {
        return Response.status(Response.Status.CREATED).entity(new Created(offences.create(country, line))).build();
    }

    @POST
    @Path("/versions/{id}/successor")
    @Operation(summary = "Revise the version in force: it is closed the day the new version takes effect")
    @APIResponse(responseCode = "201", description = "The new version")
    @APIResponse(responseCode = "422", description = "Not the version in force, unchanged, or not after it")
    public Response revise(@PathParam("country") String country, @PathParam("id") long id, OffenceLine line) {
        return Response.status(Response.Status.CREATED).entity(new Created(offences.revise(id, line))).build();
    }

    @GET
    @Path("/{code}/versions")
    @Operation(summary = "Every version of one offence, newest first")
    public List<OffenceView> history(@PathParam("country") String country, @PathParam("code") String code) {
        return offences.history(country, code).stream().map(OffenceView::of).toList();
    }

    @POST
    @Path("/csv")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Import a catalogue file: all rows or, with any problem, none")
    @APIResponse(responseCode = "200", description = "Applied, with counts")
    @APIResponse(responseCode = "422", description = "Refused, with every problem by line; nothing changed")
    public Response importCsv(@PathParam("country") String country, InputStream csv) {
        CatalogueImport result = offences.importCsv(country, csv);
        return Response.status(result.applied() ? 200 : 422).entity(result).build();
    }
}

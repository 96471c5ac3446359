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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.euc.portal.admin.service.CatalogueImport;
import org.euc.portal.admin.service.OffenceAdministration;
import org.euc.portal.common.api.ErrorAnswers;
import org.euc.portal.reference.domain.Offence;
import org.euc.portal.reference.domain.OffenceCategory;
import org.euc.portal.reference.service.OffenceCatalogueCsv.OffenceLine;

/** A country's offence catalogue for administrators' scripts (roles are checked by the service). */
@Path("/admin/offences/{country}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@APIResponse(responseCode = "401", ref = ErrorAnswers.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ErrorAnswers.FORBIDDEN)
@APIResponse(responseCode = "404", ref = ErrorAnswers.NOT_FOUND)
public class OffenceAdministrationResource {

    /** One offence version as a client sends it, new or revised. */
    private static final String OFFENCE_EXAMPLE = """
            {"offenceCode": "XA-PC-211", "statute": "Penal Code s. 211", "name": "Armed robbery",
             "maxPenaltyYears": 12, "lifeImprisonment": false, "category": "VIOLENCE",
             "effectiveFrom": "2027-01-01"}""";

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

    public record Created(@Schema(description = "The offence version's id") long id) {
    }

    @POST
    @Operation(summary = "Add an offence code new to the country's catalogue")
    @RequestBody(description = "The offence: its code starts with the country's code and a hyphen; the penalty may "
            + "be left out only for life imprisonment", content = @Content(example = OFFENCE_EXAMPLE))
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = Created.class)))
    @APIResponse(responseCode = "400", ref = ErrorAnswers.BAD_REQUEST)
    @APIResponse(responseCode = "422", ref = ErrorAnswers.RULE_REFUSED)
    public Response create(@Parameter(description = "ISO country code", example = "XA") @PathParam("country")
            String country, OffenceLine line) {
        return Response.status(Response.Status.CREATED).entity(new Created(offences.create(country, line))).build();
    }

    @POST
    @Path("/versions/{id}/successor")
    @Operation(summary = "Revise the version in force: it is closed the day the new version takes effect")
    @RequestBody(description = "The offence as it reads from effectiveFrom on; same code",
            content = @Content(example = OFFENCE_EXAMPLE))
    @APIResponse(responseCode = "201", description = "The new version",
            content = @Content(schema = @Schema(implementation = Created.class)))
    @APIResponse(responseCode = "400", ref = ErrorAnswers.BAD_REQUEST)
    @APIResponse(responseCode = "422", description = "Not the version in force, unchanged, or not after it",
            ref = ErrorAnswers.RULE_REFUSED)
    public Response revise(@PathParam("country") String country,
            @Parameter(description = "The id of the version in force") @PathParam("id") long id, OffenceLine line) {
        return Response.status(Response.Status.CREATED).entity(new Created(offences.revise(id, line))).build();
    }

    @GET
    @Path("/{code}/versions")
    @Operation(summary = "Every version of one offence, newest first")
    @APIResponse(responseCode = "200", description = "The versions")
    public List<OffenceView> history(@PathParam("country") String country, @PathParam("code") String code) {
        return offences.history(country, code).stream().map(OffenceView::of).toList();
    }

    @POST
    @Path("/csv")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Import a catalogue file: all rows or, with any problem, none",
            description = "New codes are added, changed ones revised from their effective_from, equal ones skipped; "
                    + "open cases declaring a revised offence are flagged.")
    @RequestBody(description = "UTF-8 CSV with exactly this header line; life_imprisonment true/false/yes/no/1/0",
            content = @Content(example = """
                    offence_code,statute,name,max_penalty_years,life_imprisonment,category,effective_from
                    XA-PC-211,Penal Code s. 211,Armed robbery,12,false,VIOLENCE,2027-01-01
                    """))
    @APIResponse(responseCode = "200", description = "Applied, with counts",
            content = @Content(schema = @Schema(implementation = CatalogueImport.class)))
    @APIResponse(responseCode = "422", description = "Refused, with every problem by line (its message key and "
            + "arguments); nothing changed",
            content = @Content(schema = @Schema(implementation = CatalogueImport.class)))
    public Response importCsv(@PathParam("country") String country, InputStream csv) {
        CatalogueImport result = offences.importCsv(country, csv);
        return Response.status(result.applied() ? 200 : 422).entity(result).build();
    }
}

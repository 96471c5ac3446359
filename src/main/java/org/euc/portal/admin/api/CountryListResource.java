package org.euc.portal.admin.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.euc.portal.admin.service.CountryAdministration;
import org.euc.portal.admin.service.CountryDelisting;
import org.euc.portal.admin.service.DelistingPreview;
import org.euc.portal.common.api.ErrorAnswers;

/**
 * The approved-country list ({@code /api/v1/admin/...}, admin bearer token): approving and
 * delisting countries, with the delisting's preview.
 */
@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@APIResponse(responseCode = "401", ref = ErrorAnswers.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ErrorAnswers.FORBIDDEN)
public class CountryListResource {

    @Inject
    CountryDelisting delisting;

    @Inject
    CountryAdministration countries;

    public record CountriesRequest(@Schema(required = true, description = "ISO country codes") List<String> countries) {
    }

    public record DelistingRequest(@Schema(required = true, description = "ISO country codes") List<String> countries,
            @Schema(description = "The day the delisting takes effect; today when left out") LocalDate effectiveFrom,
            @Schema(required = true) String reason) {
    }

    public record DelistingResult(@Schema(description = "Approved certificates suspended now (0 when the delisting "
            + "takes effect later: the hourly job applies it)") int suspended) {
    }

    @POST
    @Path("/country-delistings/preview")
    @Operation(summary = "What delisting these countries now would do: the agencies concerned and the approved "
            + "certificates that would be suspended; changes nothing")
    @RequestBody(content = @Content(example = """
            {"countries": ["XB"]}"""))
    @APIResponse(responseCode = "200", description = "The preview")
    @APIResponse(responseCode = "400", ref = ErrorAnswers.BAD_REQUEST)
    @APIResponse(responseCode = "422", ref = ErrorAnswers.RULE_REFUSED)
    public DelistingPreview preview(CountriesRequest request) {
        return delisting.preview(request.countries() == null ? List.of() : request.countries());
    }

    @POST
    @Path("/country-delistings")
    @Operation(summary = "Delist countries from a day: their agencies' approved certificates are suspended "
            + "(COUNTRY_DELISTED) and queued for the reviewers")
    @RequestBody(content = @Content(example = """
            {"countries": ["XB"], "effectiveFrom": "2026-12-01",
             "reason": "Decision of the ministry of 2026-11-27."}"""))
    @APIResponse(responseCode = "200", description = "Delisted")
    @APIResponse(responseCode = "400", ref = ErrorAnswers.BAD_REQUEST)
    @APIResponse(responseCode = "422", ref = ErrorAnswers.RULE_REFUSED)
    public DelistingResult delist(DelistingRequest request) {
        return new DelistingResult(delisting.delist(request.countries() == null ? List.of() : request.countries(),
                request.effectiveFrom() == null ? LocalDate.now() : request.effectiveFrom(), request.reason()));
    }

    /** Countries put on the approved list (again); certificates a delisting suspended wait for the reviewers. */
    public record ApprovalRequest(@Schema(required = true, description = "ISO country codes") List<String> countries,
            @Schema(description = "The day the approval takes effect; today when left out") LocalDate effectiveFrom,
            @Schema(required = true) String reason) {
    }

    @POST
    @Path("/country-approvals")
    @Operation(summary = "Put countries on the approved list from a day; certificates their delisting suspended are "
            + "offered to the reviewers for reinstatement, never reinstated silently")
    @RequestBody(content = @Content(example = """
            {"countries": ["XB"], "effectiveFrom": "2027-03-01",
             "reason": "Decision of the ministry of 2027-02-20."}"""))
    @APIResponse(responseCode = "204", description = "Approved")
    @APIResponse(responseCode = "400", ref = ErrorAnswers.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ErrorAnswers.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ErrorAnswers.RULE_REFUSED)
    public Response approve(ApprovalRequest request) {
        countries.approve(request.countries() == null ? List.of() : request.countries(),
                request.effectiveFrom() == null ? LocalDate.now() : request.effectiveFrom(), request.reason());
        return Response.noContent().build();
    }
}

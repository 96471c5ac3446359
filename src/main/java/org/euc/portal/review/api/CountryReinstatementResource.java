package org.euc.portal.review.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.euc.portal.common.api.ErrorAnswers;
import org.euc.portal.review.service.CountryReinstatement;

/**
 * The certificates a country's delisting suspended, once it is approved again: listed, proposed
 * for reinstatement in one operation, confirmed in one operation by another senior reviewer.
 */
@Path("/review/country-reinstatements/{country}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Review")
@APIResponse(responseCode = "401", ref = ErrorAnswers.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ErrorAnswers.FORBIDDEN)
public class CountryReinstatementResource {

    @Inject
    CountryReinstatement reinstatement;

    /** The certificates the operation touched, by reference. */
    public record References(List<String> certificates) {
    }

    @GET
    @Operation(summary = "The country's certificates still suspended by its delisting, with any reinstatement proposal")
    @APIResponse(responseCode = "200", description = "The certificates; empty when there are none (or no such country)")
    public List<CountryReinstatement.Suspended> awaiting(
            @Parameter(description = "ISO country code", example = "XA") @PathParam("country") String country) {
        return reinstatement.awaiting(country);
    }

    @POST
    @Path("/proposal")
    @Operation(summary = "Propose reinstating every one of them (each gets its own four-eyes proposal)")
    @APIResponse(responseCode = "200", description = "The certificates proposed for reinstatement")
    @APIResponse(responseCode = "422", ref = ErrorAnswers.RULE_REFUSED)
    public References propose(@PathParam("country") String country) {
        return new References(reinstatement.propose(country));
    }

    @POST
    @Path("/confirmation")
    @Operation(summary = "Confirm every such proposal; a senior reviewer other than the proposer")
    @APIResponse(responseCode = "200", description = "The certificates reinstated")
    @APIResponse(responseCode = "422", ref = ErrorAnswers.RULE_REFUSED)
    public References confirm(@PathParam("country") String country) {
        return new References(reinstatement.confirm(country));
    }
}

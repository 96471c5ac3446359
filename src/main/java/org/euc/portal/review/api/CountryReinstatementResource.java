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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.euc.portal.review.service.CountryReinstatement;

/**
 * The certificates a country's delisting suspended, once it is approved again: listed, proposed
 * for reinstatement in one operation, confirmed in one operation by another senior reviewer.
 */
@Path("/review/country-reinstatements/{country}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Review")
public class CountryReinstatementResource {

    @Inject
    CountryReinstatement reinstatement;

    public record References(List<String> certificates) {
    }

    @GET
    @Operation(summary = "The country's certificates still suspended by its delisting, with any reinstatement proposal")
    public List<CountryReinstatement.Suspended> awaiting(@PathParam("country") String country) {
        return reinstatement.awaiting(country);
    }

    @POST
    @Path("/proposal")
    @Operation(summary = "Propose reinstating every one of them (each gets its own four-eyes proposal)")
    public References propose(@PathParam("country") String country) {
        return new References(reinstatement.propose(country));
    }

    @POST
    @Path("/confirmation")
    @Operation(summary = "Confirm every such proposal; a senior reviewer other than the proposer")
    public References confirm(@PathParam("country") String country) {
        return new References(reinstatement.confirm(country));
    }
}

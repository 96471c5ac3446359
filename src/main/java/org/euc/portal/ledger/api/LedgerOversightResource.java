package org.euc.portal.ledger.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.euc.portal.common.api.BodyOptional;
import org.euc.portal.common.api.ErrorAnswers;
import org.euc.portal.ledger.service.LedgerFilter;
import org.euc.portal.ledger.service.LedgerOversight;
import org.euc.portal.ledger.service.LedgerVerification;
import org.euc.portal.ledger.service.LedgerVerifier;
import org.euc.portal.ledger.service.SampleView;

/**
 * Oversight of the ledgers for inspectors' tools ({@code /api/v1/ledgers}, auditor bearer token):
 * chain verification and inspection samples, the same services as the auditor's pages.
 */
@Path("/ledgers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Ledger oversight")
@APIResponse(responseCode = "401", ref = ErrorAnswers.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ErrorAnswers.FORBIDDEN)
public class LedgerOversightResource {

    @Inject
    LedgerVerifier verifier;

    @Inject
    LedgerOversight oversight;

    /** Which ledgers to verify: one certificate's, or all when {@code certificate} is null. */
    public record VerificationRequest(String certificate) {
    }

    /** Which entries to draw from (every filter optional) and how many. */
    @Schema(description = "Which entries to draw from (each filter optional) and how many")
    public record SampleRequest(String countryCode, String agencyCode,
            @Schema(description = "One certificate's reference") String certificate,
            @Schema(description = "Entries whose use ends on or after this day") LocalDate usedFrom,
            @Schema(description = "Entries whose use starts on or before this day") LocalDate usedUntil,
            @Schema(description = "Only entries with open compliance flags") boolean onlyFlagged,
            @Schema(required = true, minimum = "1", maximum = "500") int size,
            @Schema(description = "Draws the same sample again from the same entries; leave out for a fresh random "
                    + "one (the seed used is recorded)") Long seed) {
    }

    public record SampleCreated(long sampleId) {
    }

    @POST
    @Path("/verifications")
    @Operation(summary = "Verify one ledger's or every ledger's hash chain; each verification is audited")
    @BodyOptional
    @RequestBody(required = false, description = "Leave out, or certificate null, to verify every ledger",
            content = @Content(example = """
                    {"certificate": "EUC-2026-000123"}"""))
    @APIResponse(responseCode = "200", description = "Whether the chains are intact, and every broken link")
    @APIResponse(responseCode = "400", ref = ErrorAnswers.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ErrorAnswers.NOT_FOUND)
    public LedgerVerification verify(VerificationRequest request) {
        return request == null || request.certificate() == null ? verifier.verifyAll()
                : verifier.verifyCertificate(request.certificate());
    }

    @POST
    @Path("/samples")
    @Operation(summary = "Draw an inspection sample, reproducible from its seed")
    @RequestBody(content = @Content(example = """
            {"countryCode": "XA", "usedFrom": "2026-01-01", "usedUntil": "2026-10-31", "onlyFlagged": false,
             "size": 20, "seed": 42}"""))
    @APIResponse(responseCode = "200", description = "Drawn; read it with GET /ledgers/samples/{id}")
    @APIResponse(responseCode = "400", ref = ErrorAnswers.BAD_REQUEST)
    @APIResponse(responseCode = "422", ref = ErrorAnswers.RULE_REFUSED)
    public SampleCreated drawSample(SampleRequest request) {
        return new SampleCreated(oversight.drawSample(new LedgerFilter(request.countryCode(), request.agencyCode(),
                request.certificate(), request.usedFrom(), request.usedUntil(), request.onlyFlagged()), request.size(),
                request.seed()));
    }

    @GET
    @Path("/samples/{id}")
    @Operation(summary = "A sample with its entries and everyone's findings")
    @APIResponse(responseCode = "200", description = "The sample")
    @APIResponse(responseCode = "404", ref = ErrorAnswers.NOT_FOUND)
    public SampleView sample(@PathParam("id") long id) {
        return oversight.sample(id);
    }

    public record FindingRequest(@Schema(required = true) String text) {
    }

    @POST
    @Path("/samples/{id}/items/{item}/findings")
    @Operation(summary = "Add the caller's findings on one sampled entry; earlier findings, anyone's, stay as written")
    @RequestBody(content = @Content(example = """
            {"text": "Order seen at the court's registry; dates match."}"""))
    @APIResponse(responseCode = "200", description = "The sample with the findings added")
    @APIResponse(responseCode = "400", ref = ErrorAnswers.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ErrorAnswers.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ErrorAnswers.RULE_REFUSED)
    public SampleView addFinding(@PathParam("id") long id, @PathParam("item") long item, FindingRequest request) {
        oversight.inspect(id, item, request == null ? null : request.text());
        return oversight.sample(id);
    }
}

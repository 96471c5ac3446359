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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.euc.portal.common.api.BodyOptional;
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
public class LedgerOversightResource {

    @Inject
    LedgerVerifier verifier;

    @Inject
    LedgerOversight oversight;

    /** Which ledgers to verify: one certificate's, or all when {@code certificate} is null. */
    public record VerificationRequest(String certificate) {
    }

    public record SampleRequest(String countryCode, String agencyCode, String certificate, LocalDate usedFrom,
            LocalDate usedUntil, boolean onlyFlagged, int size, Long seed) {
    }

    public record SampleCreated(long sampleId) {
    }

    @POST
    @Path("/verifications")
    @Operation(summary = "Verify one ledger's or every ledger's hash chain; each verification is audited")
    @BodyOptional
    public LedgerVerification verify(VerificationRequest request) {
        return request == null || request.certificate() == null ? verifier.verifyAll()
                : verifier.verifyCertificate(request.certificate());
    }

    @POST
    @Path("/samples")
    @Operation(summary = "Draw an inspection sample, reproducible from its seed")
    public SampleCreated drawSample(SampleRequest request) {
        return new SampleCreated(oversight.drawSample(new LedgerFilter(request.countryCode(), request.agencyCode(),
                request.certificate(), request.usedFrom(), request.usedUntil(), request.onlyFlagged()), request.size(),
                request.seed()));
    }

    @GET
    @Path("/samples/{id}")
    public SampleView sample(@PathParam("id") long id) {
        return oversight.sample(id);
    }

    public record FindingRequest(String text) {
    }

    @POST
    @Path("/samples/{id}/items/{item}/findings")
    @Operation(summary = "Add the caller's findings on one sampled entry; earlier findings, anyone's, stay as written")
    public SampleView addFinding(@PathParam("id") long id, @PathParam("item") long item, FindingRequest request) {
        oversight.inspect(id, item, request == null ? null : request.text());
        return oversight.sample(id);
    }
}

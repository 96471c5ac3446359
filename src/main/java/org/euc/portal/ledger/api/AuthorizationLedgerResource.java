package org.euc.portal.ledger.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.euc.portal.certificate.domain.TerroristAct;
import org.euc.portal.common.domain.RuleViolationException;
import org.euc.portal.ledger.domain.AuthorizationInput;
import org.euc.portal.ledger.domain.AuthorizationKind;
import org.euc.portal.ledger.domain.EntryType;
import org.euc.portal.ledger.domain.LedgerChannel;
import org.euc.portal.ledger.domain.LedgerEntryView;
import org.euc.portal.ledger.service.AuthorizationLedger;

/**
 * The ledger for agencies' own case systems: {@code /api/v1/certificates/{reference}/authorizations},
 * with a Keycloak bearer token of an importer of the certificate's agency. The same validation,
 * rules and audit as the portal's form and CSV upload.
 */
@Path("/certificates/{reference}/authorizations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Judicial authorization ledger")
public class AuthorizationLedgerResource {

    @Inject
    AuthorizationLedger ledger;

    /**
     * One authorization. The order document, when sent, is a PDF of at most 10 MB, base64-encoded.
     * Exactly one of {@code terroristAct} (e.g. KIDNAPPING_OR_HOSTAGE_TAKING) and {@code offenceCode}
     * (e.g. XA-PC-211) is the legal basis. No names of targets: only their number.
     */
    public record AuthorizationRequest(String orderReference, String issuingAuthority, AuthorizationKind kind,
            String otherCitation, LocalDate issuedOn, LocalDate validFrom, LocalDate validUntil, LocalDate usedFrom,
            LocalDate usedUntil, TerroristAct terroristAct, String offenceCode, Integer targets,
            String operationReference, String documentName, String documentBase64) {

        AuthorizationInput input() {
            return new AuthorizationInput(orderReference, issuingAuthority, kind, otherCitation, issuedOn, validFrom,
                    validUntil, usedFrom, usedUntil, terroristAct, offenceCode, targets, operationReference);
        }

        AuthorizationLedger.OrderDocument document() {
            if (documentBase64 == null || documentBase64.isBlank()) {
                return null;
            }
            try {
                return new AuthorizationLedger.OrderDocument(documentName, Base64.getDecoder().decode(documentBase64));
            } catch (IllegalArgumentException e) {
                throw new RuleViolationException("rule.ledger.documentEncoding");
            }
        }
    }

    /** A correction: why, and the authorization as it should have been recorded, in full. */
    public record CorrectionRequest(String reason, AuthorizationRequest authorization) {
    }

    /** A cancellation: why the authorization is withdrawn. */
    public record CancellationRequest(String reason) {
    }

    /** The period in which the system was not used, both days included. */
    public record NoUseAttestationRequest(LocalDate from, LocalDate until) {
    }

    /** How many entries a CSV upload recorded. */
    public record CsvImported(int recorded) {
    }

    @POST
    @Path("/csv")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Record every row of a CSV file, or none: a file with any bad row is refused whole")
    @APIResponse(responseCode = "200", description = "All rows recorded")
    @APIResponse(responseCode = "422", description = "Refused, with every bad row's line number and reason")
    public CsvImported importCsv(@PathParam("reference") String reference, java.io.InputStream csv) {
        return new CsvImported(ledger.importCsv(reference, csv));
    }

    @GET
    @Operation(summary = "The certificate's ledger, oldest entry first")
    public List<LedgerEntryView> entries(@PathParam("reference") String reference) {
        return ledger.entries(reference);
    }

    @POST
    @Path("/{position}/corrections")
    @Operation(summary = "Correct the entry at a position by appending the corrected authorization; the entry "
            + "stays as it was, its open flags are closed as superseded")
    @APIResponse(responseCode = "201", description = "Recorded; flags are raised on the corrected facts")
    @APIResponse(responseCode = "422", description = "Refused, with every problem")
    public Response correct(@PathParam("reference") String reference, @PathParam("position") int position,
            CorrectionRequest request) {
        AuthorizationRequest corrected = request.authorization();
        return created(ledger.amend(reference, position, EntryType.CORRECTION, request.reason(),
                corrected == null ? null : corrected.input(), corrected == null ? null : corrected.document(),
                LedgerChannel.API));
    }

    @POST
    @Path("/{position}/cancellations")
    @Operation(summary = "Cancel the entry at a position by appending a cancellation; its open flags are closed")
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "422", description = "Refused: no reason, or the entry is a cancellation itself")
    public Response cancel(@PathParam("reference") String reference, @PathParam("position") int position,
            CancellationRequest request) {
        return created(ledger.amend(reference, position, EntryType.CANCELLATION, request.reason(), null, null,
                LedgerChannel.API));
    }

    @POST
    @Path("/no-use-attestations")
    @Operation(summary = "Attest that the system was not used in a period: a ledger entry of its own kind, "
            + "fulfilling the reporting duty like a record")
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "422", description = "Refused: the period is not in order or ends after today")
    public Response attestNoUse(@PathParam("reference") String reference, NoUseAttestationRequest request) {
        return created(ledger.attestNoUse(reference, request.from(), request.until(), LedgerChannel.API));
    }

    @POST
    @Operation(summary = "Record an authorization under which the system was used")
    @APIResponse(responseCode = "201", description = "Recorded; compliance flags are raised on the certificate")
    @APIResponse(responseCode = "422", description = "Refused, with every problem")
    @APIResponse(responseCode = "404", description = "No such certificate of the token's agency")
    public Response record(@PathParam("reference") String reference, AuthorizationRequest request) {
        return created(ledger.record(reference, request.input(), request.document(), LedgerChannel.API));
    }

    private static Response created(LedgerEntryView entry) {
        return Response.status(Response.Status.CREATED).entity(entry).build();
    }
}

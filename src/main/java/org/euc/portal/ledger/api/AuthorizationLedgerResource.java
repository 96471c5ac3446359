package org.euc.portal.ledger.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.euc.portal.certificate.domain.TerroristAct;
import org.euc.portal.common.api.ErrorAnswers;
import org.euc.portal.common.api.Paging;
import org.euc.portal.common.domain.RuleViolationException;
import org.euc.portal.ledger.api.LedgerInputRefusedMapper.Refusal;
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
@APIResponse(responseCode = "401", ref = ErrorAnswers.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ErrorAnswers.FORBIDDEN)
@APIResponse(responseCode = "404", ref = ErrorAnswers.NOT_FOUND)
public class AuthorizationLedgerResource {

    /** One authorization as a client sends it, recorded or as the correction of an entry. */
    private static final String AUTHORIZATION_EXAMPLE = """
            {"orderReference": "ORD-2026-311", "issuingAuthority": "Arcadia High Court", "kind": "JUDICIAL_ORDER",
             "issuedOn": "2026-11-02", "validFrom": "2026-11-02", "validUntil": "2026-12-01",
             "usedFrom": "2026-11-03", "usedUntil": "2026-11-20", "terroristAct": "KIDNAPPING_OR_HOSTAGE_TAKING",
             "targets": 2, "operationReference": "OP-7"}""";

    @Inject
    AuthorizationLedger ledger;

    /**
     * One authorization. The order document, when sent, is a PDF of at most 10 MB, base64-encoded.
     * Exactly one of {@code terroristAct} (e.g. KIDNAPPING_OR_HOSTAGE_TAKING) and {@code offenceCode}
     * (e.g. XA-PC-211) is the legal basis. No names of targets: only their number.
     */
    @Schema(description = "One authorization; exactly one of terroristAct and offenceCode is its legal basis. No "
            + "names of targets, only their number")
    public record AuthorizationRequest(@Schema(required = true, description = "The order's own reference")
            String orderReference,
            @Schema(required = true, description = "The court or authority that issued it") String issuingAuthority,
            @Schema(required = true) AuthorizationKind kind,
            @Schema(description = "Only for OTHER_AUTHORIZATION: the provision of national law requiring it")
            String otherCitation,
            @Schema(required = true) LocalDate issuedOn,
            @Schema(required = true, description = "First day the order allows use") LocalDate validFrom,
            @Schema(required = true, description = "Last day the order allows use") LocalDate validUntil,
            @Schema(required = true, description = "First day the system was used under it") LocalDate usedFrom,
            @Schema(required = true, description = "Last day the system was used under it") LocalDate usedUntil,
            @Schema(description = "The legal basis when it is one of the nine terrorist acts")
            TerroristAct terroristAct,
            @Schema(description = "The legal basis when it is an offence of the country's catalogue",
                    example = "XA-PC-211") String offenceCode,
            @Schema(required = true, minimum = "1", maximum = "100000",
                    description = "How many targets (persons or devices) the order covers") Integer targets,
            @Schema(description = "The agency's own reference of the operation") String operationReference,
            @Schema(description = "File name of the order document, when one is sent", example = "order-311.pdf")
            String documentName,
            @Schema(description = "The order document: a PDF of at most 10 MB, base64-encoded",
                    contentEncoding = "base64", contentMediaType = "application/pdf") String documentBase64) {

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
    public record CorrectionRequest(@Schema(required = true) String reason,
            @Schema(required = true, description = "The authorization as it should have been recorded, in full")
            AuthorizationRequest authorization) {
    }

    /** A cancellation: why the authorization is withdrawn. */
    public record CancellationRequest(@Schema(required = true) String reason) {
    }

    /** The period in which the system was not used, both days included. */
    public record NoUseAttestationRequest(@Schema(required = true) LocalDate from,
            @Schema(required = true, description = "Last day, included; no later than today") LocalDate until) {
    }

    /** How many entries a CSV upload recorded. */
    public record CsvImported(int recorded) {
    }

    @POST
    @Path("/csv")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Record every row of a CSV file, or none: a file with any bad row is refused whole")
    @RequestBody(description = "UTF-8 CSV, one authorization per row, with exactly this header line",
            content = @Content(example = """
                    order_reference,issuing_authority,kind,other_citation,issued_on,valid_from,valid_until,used_from,\
                    used_until,terrorist_act,offence_code,targets,operation_reference
                    ORD-2026-311,Arcadia High Court,JUDICIAL_ORDER,,2026-11-02,2026-11-02,2026-12-01,2026-11-03,\
                    2026-11-20,KIDNAPPING_OR_HOSTAGE_TAKING,,2,OP-7
                    """))
    @APIResponse(responseCode = "200", description = "All rows recorded")
    @APIResponse(responseCode = "422", description = "Refused, with every bad row's line number and reason",
            content = @Content(schema = @Schema(implementation = Refusal.class)))
    public CsvImported importCsv(@PathParam("reference") String reference, java.io.InputStream csv) {
        return new CsvImported(ledger.importCsv(reference, csv));
    }

    /** One page of a ledger and how many entries it holds in all. */
    public record LedgerPage(@Schema(description = "How many entries the ledger holds, over all pages") long total,
            @Schema(description = "This page's entries, oldest first") List<LedgerEntryView> entries) {
    }

    @GET
    @Operation(summary = "The certificate's ledger a page at a time, oldest entry first")
    @APIResponse(responseCode = "200", description = "The page, corrections and cancellations included where they fall")
    @APIResponse(responseCode = "400", ref = ErrorAnswers.BAD_REQUEST)
    public LedgerPage entries(@PathParam("reference") String reference,
            @Parameter(description = Paging.FIRST_DESCRIPTION) @QueryParam("first") @DefaultValue("0") int first,
            @Parameter(description = Paging.MAX_DESCRIPTION) @QueryParam("max") @DefaultValue("200") int max) {
        Paging paging = Paging.of(first, max);
        return new LedgerPage(ledger.entryCount(reference), ledger.entries(reference, paging.first(), paging.max()));
    }

    @POST
    @Path("/{position}/corrections")
    @Operation(summary = "Correct the entry at a position by appending the corrected authorization; the entry "
            + "stays as it was, its open flags are closed as superseded")
    @RequestBody(content = @Content(example = "{\"reason\": \"The order's validity was mistyped.\", "
            + "\"authorization\": " + AUTHORIZATION_EXAMPLE + "}"))
    @APIResponse(responseCode = "201", description = "Recorded; flags are raised on the corrected facts",
            content = @Content(schema = @Schema(implementation = LedgerEntryView.class)))
    @APIResponse(responseCode = "400", ref = ErrorAnswers.BAD_REQUEST)
    @APIResponse(responseCode = "422", description = "Refused, with every problem",
            content = @Content(schema = @Schema(implementation = Refusal.class)))
    public Response correct(@PathParam("reference") String reference,
            @Parameter(description = "The amended entry's position in the ledger") @PathParam("position") int position,
            CorrectionRequest request) {
        AuthorizationRequest corrected = request.authorization();
        return created(ledger.amend(reference, position, EntryType.CORRECTION, request.reason(),
                corrected == null ? null : corrected.input(), corrected == null ? null : corrected.document(),
                LedgerChannel.API));
    }

    @POST
    @Path("/{position}/cancellations")
    @Operation(summary = "Cancel the entry at a position by appending a cancellation; its open flags are closed")
    @RequestBody(content = @Content(example = """
            {"reason": "Recorded under the wrong certificate."}"""))
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = LedgerEntryView.class)))
    @APIResponse(responseCode = "400", ref = ErrorAnswers.BAD_REQUEST)
    @APIResponse(responseCode = "422", description = "Refused: no reason, or the entry is a cancellation itself",
            content = @Content(schema = @Schema(implementation = Refusal.class)))
    public Response cancel(@PathParam("reference") String reference,
            @Parameter(description = "The amended entry's position in the ledger") @PathParam("position") int position,
            CancellationRequest request) {
        return created(ledger.amend(reference, position, EntryType.CANCELLATION, request.reason(), null, null,
                LedgerChannel.API));
    }

    @POST
    @Path("/no-use-attestations")
    @Operation(summary = "Attest that the system was not used in a period: a ledger entry of its own kind, "
            + "fulfilling the reporting duty like a record")
    @RequestBody(content = @Content(example = """
            {"from": "2026-08-01", "until": "2026-10-31"}"""))
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = LedgerEntryView.class)))
    @APIResponse(responseCode = "400", ref = ErrorAnswers.BAD_REQUEST)
    @APIResponse(responseCode = "422", description = "Refused: the period is not in order or ends after today",
            ref = ErrorAnswers.RULE_REFUSED)
    public Response attestNoUse(@PathParam("reference") String reference, NoUseAttestationRequest request) {
        return created(ledger.attestNoUse(reference, request.from(), request.until(), LedgerChannel.API));
    }

    @POST
    @Operation(summary = "Record an authorization under which the system was used")
    @RequestBody(content = @Content(example = AUTHORIZATION_EXAMPLE))
    @APIResponse(responseCode = "201", description = "Recorded; compliance flags are raised on the certificate",
            content = @Content(schema = @Schema(implementation = LedgerEntryView.class)))
    @APIResponse(responseCode = "400", ref = ErrorAnswers.BAD_REQUEST)
    @APIResponse(responseCode = "422", description = "Refused, with every problem",
            content = @Content(schema = @Schema(implementation = Refusal.class)))
    public Response record(@PathParam("reference") String reference, AuthorizationRequest request) {
        return created(ledger.record(reference, request.input(), request.document(), LedgerChannel.API));
    }

    private static Response created(LedgerEntryView entry) {
        return Response.status(Response.Status.CREATED).entity(entry).build();
    }
}

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.euc.portal.admin.service.AgencyAdministration;
import org.euc.portal.admin.service.AgencyRow;
import org.euc.portal.admin.service.SignatoryAdministration;
import org.euc.portal.common.api.ErrorAnswers;
import org.euc.portal.common.api.VersionedChange;
import org.euc.portal.common.domain.RuleViolationException;
import org.euc.portal.reference.domain.AgencyKind;
import org.euc.portal.reference.domain.Signatory;

/** Agencies and their signatories for administrators' scripts (roles are checked by the services). */
@Path("/admin/agencies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@APIResponse(responseCode = "401", ref = ErrorAnswers.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ErrorAnswers.FORBIDDEN)
public class AgencyAdministrationResource {

    @Inject
    AgencyAdministration agencies;

    @Inject
    SignatoryAdministration signatories;

    public record AgencyRequest(
            @Schema(required = true, maxLength = 20, description = "Capital letters and digits in two or three groups "
                    + "joined by hyphens", example = "ARC-NPA") String code,
            @Schema(required = true) String name, @Schema(required = true) AgencyKind kind,
            @Schema(required = true, description = "ISO code of an existing country", example = "XA")
            String countryCode) {
    }

    public record DeactivationRequest(@Schema(required = true) String reason, Long version)
            implements VersionedChange {
    }

    /** @param certificate the X.509 certificate, PEM text or DER bytes, in base64 */
    public record SignatoryRequest(@Schema(required = true) String name, String title,
            @Schema(required = true, description = "The signatory's X.509 signing certificate: PEM text, or DER "
                    + "bytes in base64") String certificate) {
    }

    public record SignatoryView(String name, String title, String fingerprint, String subject, Instant validFrom,
            Instant validUntil, Instant revokedAt, String revocationReason, long version) {

        static SignatoryView of(Signatory s) {
            return new SignatoryView(s.getName(), s.getTitle(), s.getFingerprint(), s.getSubject(), s.getValidFrom(),
                    s.getValidUntil(), s.getRevokedAt(), s.getRevocationReason(), s.getVersion());
        }
    }

    public record RevocationRequest(
            @Schema(required = true, description = "From the start of this day (UTC), today or later, nothing signed "
                    + "with the certificate is accepted") LocalDate effectiveFrom,
            @Schema(required = true) String reason, Long version) implements VersionedChange {
    }

    @POST
    @Operation(summary = "Create an agency")
    @RequestBody(content = @Content(example = """
            {"code": "ARC-FIU", "name": "Arcadia Financial Intelligence Unit", "kind": "POLICE",
             "countryCode": "XA"}"""))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = AgencyRow.class)))
    @APIResponse(responseCode = "400", ref = ErrorAnswers.BAD_REQUEST)
    @APIResponse(responseCode = "422", ref = ErrorAnswers.RULE_REFUSED)
    public Response create(AgencyRequest request) {
        agencies.create(request.code(), request.name(), request.kind(), request.countryCode());
        return Response.status(Response.Status.CREATED).entity(agencies.agency(request.code().strip())).build();
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "One agency, with its version")
    @APIResponse(responseCode = "200", description = "The agency")
    @APIResponse(responseCode = "404", ref = ErrorAnswers.NOT_FOUND)
    public AgencyRow agency(@PathParam("code") String code) {
        return agencies.agency(code);
    }

    @POST
    @Path("/{code}/deactivation")
    @Operation(summary = "Deactivate an agency: its importers can then neither start nor submit certificates")
    @RequestBody(content = @Content(example = """
            {"reason": "Dissolved by law of 2026-10-01.", "version": 2}"""))
    @APIResponse(responseCode = "200", description = "Deactivated; the agency")
    @APIResponse(responseCode = "400", ref = ErrorAnswers.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ErrorAnswers.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ErrorAnswers.STALE_VERSION)
    @APIResponse(responseCode = "422", ref = ErrorAnswers.RULE_REFUSED)
    public AgencyRow deactivate(@PathParam("code") String code, DeactivationRequest request) {
        agencies.deactivate(code, request.reason(), request.requiredVersion());
        return agencies.agency(code);
    }

    @GET
    @Path("/{code}/signatories")
    @Operation(summary = "The agency's signatories, revoked ones included")
    @APIResponse(responseCode = "200", description = "The signatories")
    @APIResponse(responseCode = "404", ref = ErrorAnswers.NOT_FOUND)
    public List<SignatoryView> signatories(@PathParam("code") String code) {
        return signatories.signatoriesOf(code).stream().map(SignatoryView::of).toList();
    }

    @POST
    @Path("/{code}/signatories")
    @Operation(summary = "Register a signatory by their X.509 signing certificate")
    @RequestBody(content = @Content(example = """
            {"name": "Ana Ortiz", "title": "Director General",
             "certificate": "-----BEGIN CERTIFICATE-----\nMIIC...\n-----END CERTIFICATE-----"}"""))
    @APIResponse(responseCode = "201", description = "Registered; the body names the certificate's fingerprint",
            content = @Content(schema = @Schema(implementation = SignatoryView.class)))
    @APIResponse(responseCode = "400", ref = ErrorAnswers.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ErrorAnswers.NOT_FOUND)
    @APIResponse(responseCode = "422", description = "Not a certificate, expired, not yet valid, a CA certificate, "
            + "no signing key usage, or already registered", ref = ErrorAnswers.RULE_REFUSED)
    public Response register(@PathParam("code") String code, SignatoryRequest request) {
        byte[] certificate;
        try {
            certificate = Base64.getMimeDecoder().decode(request.certificate() == null ? "" : request.certificate());
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("signatoryCertificate.NOT_A_CERTIFICATE");
        }
        String fingerprint = signatories.register(code, request.name(), request.title(), certificate);
        return Response.status(Response.Status.CREATED).entity(signatories.signatoriesOf(code).stream()
                .filter(s -> s.getFingerprint().equals(fingerprint)).map(SignatoryView::of).findFirst().orElseThrow()).build();
    }

    @POST
    @Path("/{code}/signatories/{fingerprint}/revocation")
    @Operation(summary = "Revoke a signatory from a day; certificates they signed that are in review, approved or "
            + "suspended get a blocking flag")
    @RequestBody(content = @Content(example = """
            {"effectiveFrom": "2026-12-01", "reason": "Left the agency.", "version": 0}"""))
    @APIResponse(responseCode = "200", description = "Revoked; the signatory")
    @APIResponse(responseCode = "400", ref = ErrorAnswers.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ErrorAnswers.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ErrorAnswers.STALE_VERSION)
    @APIResponse(responseCode = "422", ref = ErrorAnswers.RULE_REFUSED)
    public SignatoryView revoke(@PathParam("code") String code, @PathParam("fingerprint") String fingerprint,
            RevocationRequest request) {
        signatories.revoke(fingerprint, request.effectiveFrom(), request.reason(), request.requiredVersion());
        return signatories.signatoriesOf(code).stream().filter(s -> s.getFingerprint().equals(fingerprint))
                .map(SignatoryView::of).findFirst().orElseThrow();
    }
}

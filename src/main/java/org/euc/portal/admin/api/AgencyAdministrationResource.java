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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.euc.portal.admin.service.AgencyAdministration;
import org.euc.portal.admin.service.AgencyRow;
import org.euc.portal.admin.service.SignatoryAdministration;
import org.euc.portal.common.api.VersionedChange;
import org.euc.portal.common.domain.RuleViolationException;
import org.euc.portal.reference.domain.AgencyKind;
import org.euc.portal.reference.domain.Signatory;

/** Agencies and their signatories for administrators' scripts (roles are checked by the services). */
@Path("/admin/agencies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AgencyAdministrationResource {

    @Inject
    AgencyAdministration agencies;

    @Inject
    SignatoryAdministration signatories;

    public record AgencyRequest(String code, String name, AgencyKind kind, String countryCode) {
    }

    public record DeactivationRequest(String reason, Long version) implements VersionedChange {
    }

    /** @param certificate the X.509 certificate, PEM text or DER bytes, in base64 */
    public record SignatoryRequest(String name, String title, String certificate) {
    }

    public record SignatoryView(String name, String title, String fingerprint, String subject, Instant validFrom,
            Instant validUntil, Instant revokedAt, String revocationReason, long version) {

        static SignatoryView of(Signatory s) {
            return new SignatoryView(s.getName(), s.getTitle(), s.getFingerprint(), s.getSubject(), s.getValidFrom(),
                    s.getValidUntil(), s.getRevokedAt(), s.getRevocationReason(), s.getVersion());
        }
    }

    public record RevocationRequest(LocalDate effectiveFrom, String reason, Long version) implements VersionedChange {
    }

    @POST
    @Operation(summary = "Create an agency")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "422", description = "Bad or taken code, unknown country, missing name or kind")
    public Response create(AgencyRequest request) {
        agencies.create(request.code(), request.name(), request.kind(), request.countryCode());
        return Response.status(Response.Status.CREATED).entity(agencies.agency(request.code().strip())).build();
    }

    @GET
    @Path("/{code}")
    public AgencyRow agency(@PathParam("code") String code) {
        return agencies.agency(code);
    }

    @POST
    @Path("/{code}/deactivation")
    public AgencyRow deactivate(@PathParam("code") String code, DeactivationRequest request) {
        agencies.deactivate(code, request.reason(), request.requiredVersion());
        return agencies.agency(code);
    }

    @GET
    @Path("/{code}/signatories")
    public List<SignatoryView> signatories(@PathParam("code") String code) {
        return signatories.signatoriesOf(code).stream().map(SignatoryView::of).toList();
    }

    @POST
    @Path("/{code}/signatories")
    @Operation(summary = "Register a signatory by their X.509 signing certificate")
    @APIResponse(responseCode = "201", description = "Registered; the body names the certificate's fingerprint")
    @APIResponse(responseCode = "422", description = "Not a certificate, expired, not yet valid, a CA certificate, "
            + "no signing key usage, or already registered")
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
    public SignatoryView revoke(@PathParam("code") String code, @PathParam("fingerprint") String fingerprint,
            RevocationRequest request) {
        signatories.revoke(fingerprint, request.effectiveFrom(), request.reason(), request.requiredVersion());
        return signatories.signatoriesOf(code).stream().filter(s -> s.getFingerprint().equals(fingerprint))
                .map(SignatoryView::of).findFirst().orElseThrow();
    }
}

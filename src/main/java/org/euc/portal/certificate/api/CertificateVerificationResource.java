package org.euc.portal.certificate.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.euc.portal.certificate.service.CertificateVerification;
import org.euc.portal.common.api.ApiError;

/**
 * {@code GET /api/v1/certificates/{reference}}, without login: the address printed (and in the QR
 * code) on every issued certificate. Cheap to serve: cached for a minute, and answered 304 when
 * the caller's copy is still current.
 */
@Path("/certificates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public verification")
public class CertificateVerificationResource {

    private static final int CACHE_SECONDS = 60;

    @Inject
    CertificateVerification verification;

    @SecurityRequirementsSet // public: no token needed
    @GET
    @Path("/{reference}")
    @Operation(summary = "Check an issued certificate by the reference printed on it, without login",
            description = "Answers only certificates that were approved at some time; their status says whether they "
                    + "stand now. Cached for a minute; send the ETag back in If-None-Match to get 304 while unchanged.")
    @APIResponse(responseCode = "200", description = "The certificate's standing and the SHA-256 of the issued PDF",
            headers = @Header(name = "ETag", schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = CertificateVerification.Verification.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "404", description = "No certificate with this reference was ever issued (not_found)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response verify(@Parameter(description = "As printed on the certificate", example = "EUC-2026-000123")
            @PathParam("reference") String reference, @Context Request request) {
        var found = verification.verify(reference);
        if (found.isEmpty()) {
            return Response.status(Response.Status.NOT_FOUND)
                    .entity(new ApiError("not_found", "No issued certificate has the reference " + reference + "."))
                    .build();
        }
        var certificate = found.get();
        EntityTag tag = new EntityTag(certificate.status() + "-" + certificate.lastStatusChange().toEpochMilli());
        CacheControl cache = new CacheControl();
        cache.setMaxAge(CACHE_SECONDS);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.cacheControl(cache).tag(tag).build();
        }
        return Response.ok(certificate).cacheControl(cache).tag(tag).build();
    }
}

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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.euc.portal.certificate.service.CertificateVerification;
import org.euc.portal.common.api.ApiError;

/**
 * {@code GET /api/v1/certificates/{reference}}, without login: the address printed (and in the QR
 * code) on every issued certificate. Cheap to serve: cached for a minute, and answered 304 when
 * the caller's copy is still current.
 */
@Path("/certificates")
@Produces(MediaType.APPLICATION_JSON)
public class CertificateVerificationResource {

    private static final int CACHE_SECONDS = 60;

    @Inject
    CertificateVerification verification;

    @SecurityRequirementsSet // public: no token needed
    @GET
    @Path("/{reference}")
    public Response verify(@PathParam("reference") String reference, @Context Request request) {
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

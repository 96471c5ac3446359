package org.euc.portal.common.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.euc.portal.common.security.AccessDeniedException;
import org.euc.portal.common.security.Caller;

/**
 * A refused call answers 403 with the reason (the refusal is already in the audit log), or 401
 * when no bearer token came with it at all.
 */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<AccessDeniedException> {

    @Inject
    Caller caller;

    @Override
    public Response toResponse(AccessDeniedException exception) {
        if (!caller.isAuthenticated()) {
            return Response.status(Response.Status.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"euc\"")
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError("unauthorized", "A Keycloak bearer token is required.")).build();
        }
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError("forbidden", exception.getMessage())).build();
    }
}

package org.euc.portal.directory.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.euc.portal.common.api.ApiError;
import org.euc.portal.directory.service.DirectoryUnavailableException;

/** Keycloak could not be reached or answered badly: 503, so a client retries later rather than fixing its input. */
@Provider
public class DirectoryUnavailableMapper implements ExceptionMapper<DirectoryUnavailableException> {

    @Override
    public Response toResponse(DirectoryUnavailableException exception) {
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError("directory_unavailable", exception.getMessage())).build();
    }
}

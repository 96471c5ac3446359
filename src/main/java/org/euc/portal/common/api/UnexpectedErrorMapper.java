package org.euc.portal.common.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything unexpected answers 500 with a reference to quote, never the exception's text; the full
 * error goes to the server log under that reference. JAX-RS's own answers (404, 405, 415...) pass
 * through unchanged.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable error) {
        if (error instanceof WebApplicationException webError) {
            Response original = webError.getResponse();
            return Response.status(original.getStatus()).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError("http_" + original.getStatus(), webError.getMessage()))
                    .build();
        }
        String reference = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        LOG.log(Level.SEVERE, "Unexpected API error, reference " + reference, error);
        return Response.serverError().type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError("internal_error", "The portal could not complete the request; quote reference "
                        + reference + " to the help desk."))
                .build();
    }
}

package org.euc.portal.common.api;

import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.format.DateTimeParseException;
import org.euc.portal.common.logging.ErrorLog;

/**
 * Anything unexpected answers 500 with a reference to quote, never the exception's text; the error
 * goes to the server log under that reference ({@link ErrorLog}). JAX-RS's own answers (404, 405, 415...) pass
 * through unchanged; input that cannot be read (bad JSON, unknown enum values, non-ISO dates) is a 400.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    @Inject
    ErrorLog errorLog;

    @Context
    UriInfo uri;

    @Context
    Request request;

    @Override
    public Response toResponse(Throwable error) {
        if (error instanceof WebApplicationException webError) {
            Response original = webError.getResponse();
            return Response.status(original.getStatus()).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError("http_" + original.getStatus(), webError.getMessage()))
                    .build();
        }
        if (isUnreadableInput(error)) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError("bad_request", "The request could not be read: malformed JSON, an unknown "
                            + "value, a date not in ISO form (2026-12-01) or a value of the wrong type."))
                    .build();
        }
        String reference = errorLog.unexpected(request.getMethod() + " " + uri.getRequestUri().getPath(), error);
        return Response.serverError().type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError("internal_error", "The portal could not complete the request; quote reference "
                        + reference + " to the help desk."))
                .build();
    }

    /** The client's input could not be turned into the call's parameters: its fault, not the portal's. */
    private static boolean isUnreadableInput(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException || cause instanceof JsonException || cause instanceof DateTimeParseException) {
                return true;
            }
        }
        return false;
    }
}

package org.euc.portal.common.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.euc.portal.common.persistence.NoSuchRecordException;

/** Unknown and not-yours records both answer 404. */
@Provider
public class NoSuchRecordMapper implements ExceptionMapper<NoSuchRecordException> {

    @Override
    public Response toResponse(NoSuchRecordException exception) {
        return Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError("not_found", exception.getMessage())).build();
    }
}

package org.euc.portal.common.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.euc.portal.common.domain.RuleViolationException;
import org.euc.portal.common.i18n.MessageCatalog;

/**
 * A refused request answers 422 with the rule's key and its English sentence; a stale version
 * answers 409, so clients know to read the certificate again.
 */
@Provider
public class RuleViolationMapper implements ExceptionMapper<RuleViolationException> {

    @Override
    public Response toResponse(RuleViolationException violation) {
        int status = "rule.concurrentChange".equals(violation.messageKey()) ? 409 : 422;
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(violation.messageKey(),
                        MessageCatalog.text(Locale.ENGLISH, violation.messageKey(), violation.arguments())))
                .build();
    }
}

package org.euc.portal.ledger.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import org.euc.portal.common.i18n.MessageCatalog;
import org.euc.portal.ledger.service.LedgerInputRefused;

/** A refused authorization or CSV file answers 422 with every problem: line, field, rule and sentence. */
@Provider
public class LedgerInputRefusedMapper implements ExceptionMapper<LedgerInputRefused> {

    /** One problem, as a machine client reads it. */
    public record Problem(int line, String field, String error, String message) {
    }

    /** The refusal: what the portal shows, and each problem. */
    public record Refusal(String error, String message, List<Problem> problems) {
    }

    @Override
    public Response toResponse(LedgerInputRefused refused) {
        List<Problem> problems = refused.problems().stream()
                .map(p -> new Problem(p.line(), p.field(), p.messageKey(),
                        MessageCatalog.text(Locale.ENGLISH, p.messageKey(), p.arguments())))
                .toList();
        return Response.status(422).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new Refusal(refused.messageKey(), MessageCatalog.text(Locale.ENGLISH, refused.messageKey(),
                        refused.arguments()), problems))
                .build();
    }
}

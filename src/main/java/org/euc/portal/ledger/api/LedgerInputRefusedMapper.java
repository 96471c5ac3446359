package org.euc.portal.ledger.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.euc.portal.common.i18n.MessageCatalog;
import org.euc.portal.ledger.service.LedgerInputRefused;

/** A refused authorization or CSV file answers 422 with every problem: line, field, rule and sentence. */
@Provider
public class LedgerInputRefusedMapper implements ExceptionMapper<LedgerInputRefused> {

    /** One problem, as a machine client reads it. */
    public record Problem(@Schema(description = "The CSV file's line; 0 for a JSON body") int line,
            @Schema(description = "The request field (or CSV column's field) at fault", example = "validUntil")
            String field,
            @Schema(description = "The problem's key", example = "ledger.problem.validityOrder") String error,
            @Schema(example = "The order's validity cannot end (2026-10-01) before it starts (2026-11-02).")
            String message) {
    }

    /** The refusal: what the portal shows, and each problem. */
    @Schema(description = "A refused ledger input: the error body, plus every problem when the authorization or the "
            + "file itself was at fault (absent when a single rule refused it)")
    public record Refusal(@Schema(example = "rule.ledger.invalid") String error,
            @Schema(example = "2 problem(s): nothing was recorded.") String message, List<Problem> problems) {
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

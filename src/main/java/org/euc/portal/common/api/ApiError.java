package org.euc.portal.common.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of every API error: a stable code for programs and a sentence for people. */
@Schema(description = "The body of every error answer.")
public record ApiError(
        @Schema(description = "Stable code for programs: bad_request (400), unauthorized or bearer-token-required "
                + "(401), forbidden (403), not_found or no_checkpoint (404), the rule's key for 409 and 422 "
                + "(rule.concurrentChange, rule.versionRequired, rule.details.invalid, ...), directory_unavailable "
                + "(503), internal_error (500), and http_<status> for what JAX-RS answers itself (paging or a filter "
                + "out of range 400, unknown path 404, 405, 406, 415)", example = "rule.concurrentChange")
        String error,
        @Schema(description = "What went wrong, in English, for people; a 500 names a reference to quote to the "
                + "help desk", example = "This certificate was changed in the meantime (in another window or by a "
                + "colleague). Your change was not saved: the page now shows the latest version.")
        String message) {
}

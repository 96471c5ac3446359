package org.euc.portal.common.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.euc.portal.common.domain.RuleViolationException;

/**
 * A change sent through the API, which states the version of the record it was based on. A change
 * that omits it is refused rather than taken as version 0, which would skip the concurrency check.
 */
public interface VersionedChange {

    /** As sent: null when the client left it out. Documented here once for every change request. */
    @Schema(required = true, example = "4", description = "The record's version as the client last read it (every "
            + "answer about the record gives the current one). Missing: 422 rule.versionRequired; older than the "
            + "record's: 409 rule.concurrentChange, nothing changed.")
    Long version();

    default long requiredVersion() {
        if (version() == null) {
            throw new RuleViolationException("rule.versionRequired");
        }
        return version();
    }
}

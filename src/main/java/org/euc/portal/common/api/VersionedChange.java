package org.euc.portal.common.api;

import org.euc.portal.common.domain.RuleViolationException;

/**
 * A change sent through the API, which states the version of the record it was based on. A change
 * that omits it is refused rather than taken as version 0, which would skip the concurrency check.
 */
public interface VersionedChange {

    /** As sent: null when the client left it out. */
    Long version();

    default long requiredVersion() {
        if (version() == null) {
            throw new RuleViolationException("rule.versionRequired");
        }
        return version();
    }
}

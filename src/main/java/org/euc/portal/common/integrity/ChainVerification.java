package org.euc.portal.common.integrity;

import java.io.Serializable;

/**
 * Outcome of walking a hash chain: how many records were checked and, when the chain is broken,
 * the position of the first broken link and what is wrong with it.
 *
 * @param checkedRecords records verified before the first broken link (all of them when intact)
 * @param brokenAt position of the first broken link, or 0 when the chain is intact
 * @param problem plain-language description of the break, or null
 * @param lastHash hash of the last record when intact (the value an auditor can note down)
 */
public record ChainVerification(long checkedRecords, long brokenAt, String problem, String lastHash)
        implements Serializable {

    static ChainVerification intact(long checkedRecords, String lastHash) {
        return new ChainVerification(checkedRecords, 0, null, lastHash);
    }

    static ChainVerification broken(long checkedRecords, long brokenAt, String problem) {
        return new ChainVerification(checkedRecords, brokenAt, problem, null);
    }

    public boolean isIntact() {
        return brokenAt == 0;
    }
}

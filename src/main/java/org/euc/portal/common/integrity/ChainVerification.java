package org.euc.portal.common.integrity;

import java.io.Serializable;

/**
 * Outcome of walking a hash chain: how many records were checked and, when the chain is broken,
 * the position of the first broken link and what is wrong with it.
 *
 * @param checkedRecords records verified before the first broken link (all of them when intact)
 * @param brokenAt position of the first broken link; 0 when the chain is intact or the checkpoints themselves are damaged
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
        return problem == null;
    }

    /**
     * This outcome, unless the chain is sound on its own but contradicts what a checkpoint sealed:
     * then broken there (position 0 when the checkpoints themselves are damaged). A break in the
     * chain itself comes first.
     */
    public ChainVerification contradictedAt(long position, String contradiction) {
        return isIntact() && contradiction != null ? broken(checkedRecords, position, contradiction) : this;
    }
}

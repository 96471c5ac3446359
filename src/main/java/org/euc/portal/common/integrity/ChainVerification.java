package org.euc.portal.common.integrity;

import java.io.Serializable;
import org.euc.portal.common.i18n.Phrase;

/**
 * Outcome of walking a hash chain: how many records were checked and, when the chain is broken,
 * the position of the first broken link and what is wrong with it.
 *
 * @param checkedRecords records verified before the first broken link (all of them when intact)
 * @param brokenAt position of the first broken link; 0 when the chain is intact or the checkpoints themselves are damaged
 * @param problem plain-language description of the break, worded in the reader's language (English by
 *        {@code toString()}, for logs and the API), or null
 * @param lastHash hash of the last record when intact (the value an auditor can note down)
 */
public record ChainVerification(long checkedRecords, long brokenAt, Phrase problem, String lastHash)
        implements Serializable {

    static ChainVerification intact(long checkedRecords, String lastHash) {
        return new ChainVerification(checkedRecords, 0, null, lastHash);
    }

    static ChainVerification broken(long checkedRecords, long brokenAt, Phrase problem) {
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
    public ChainVerification contradictedAt(long position, Phrase contradiction) {
        return isIntact() && contradiction != null ? broken(checkedRecords, position, contradiction) : this;
    }
}

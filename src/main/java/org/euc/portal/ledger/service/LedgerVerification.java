package org.euc.portal.ledger.service;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.euc.portal.common.i18n.Phrase;

/**
 * Outcome of verifying ledger hash chains.
 *
 * @param chains how many certificates' ledgers were walked
 * @param entries how many entries were checked
 * @param broken the first broken link of each broken chain (empty when every chain is intact)
 * @param millis how long the walk took
 * @param intact whether no chain is broken
 */
public record LedgerVerification(long chains, long entries, List<BrokenLink> broken, long millis, boolean intact)
        implements Serializable {

    static LedgerVerification of(long chains, long entries, List<BrokenLink> broken, long millis) {
        return new LedgerVerification(chains, entries, List.copyOf(broken), millis, broken.isEmpty());
    }

    /** This outcome with further broken links (contradictions of the checkpoints) added. */
    LedgerVerification withContradictions(List<BrokenLink> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<BrokenLink> all = new ArrayList<>(broken);
        all.addAll(more);
        return of(chains, entries, all, millis);
    }

    /**
     * Where a chain breaks: the certificate, the position of the first bad entry, and what is wrong,
     * worded in the reader's language (in English by the API). Damaged checkpoints are named at
     * position 0, the only position no entry has.
     */
    public record BrokenLink(String certificateReference, long position,
            @Schema(type = SchemaType.STRING, description = "What is wrong, in English") Phrase problem)
            implements Serializable {
    }
}

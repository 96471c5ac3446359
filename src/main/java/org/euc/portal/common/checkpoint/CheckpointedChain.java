package org.euc.portal.common.checkpoint;

import org.euc.portal.common.i18n.Phrase;

/**
 * A kind of hash chain that checkpoints seal: the audit log (one chain), the ledgers (one chain per
 * certificate). The feature that owns the chain's table says, in SQL, where its heads and entries
 * are; {@link ChainCheckpoints} and {@link CheckpointVerifier} do the rest for every kind alike.
 */
public interface CheckpointedChain {

    /** The kind's name in statements and in {@code chain_checkpoint_head.chain_kind}, e.g. AUDIT_LOG. */
    String kind();

    /**
     * A query for the head of every chain of this kind that no checkpoint has sealed at that
     * position yet, with the columns chain_id, chain_label, position, head_hash.
     */
    String unsealedHeadsSql();

    /**
     * An SQL expression for the hash of the entry at {@code h.position} of chain {@code h.chain_id},
     * where {@code h} is a {@code chain_checkpoint_head} row; null when there is no such entry.
     */
    String entryHashSql();

    /** An SQL expression for the number of the last entry of chain {@code h.chain_id} now (0 when empty). */
    String chainLengthSql();

    /**
     * How a sentence names the chain with this label, in the reader's language: by default the
     * message {@code integrity.chain.<kind>} with the label as its argument, e.g. "The ledger of
     * EUC-2026-000001". A new kind adds that message to the bundles.
     */
    default Phrase name(String chainLabel) {
        return Phrase.of("integrity.chain." + kind(), chainLabel);
    }
}

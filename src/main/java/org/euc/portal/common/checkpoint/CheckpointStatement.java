package org.euc.portal.common.checkpoint;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.euc.portal.common.integrity.HashChain;

/**
 * What a checkpoint says, as the text its seal covers: its number, time, the hash of the previous
 * checkpoint's statement, and the head (last position and its hash) of each chain that grew since.
 * Anyone can re-render it from the published fields and check the signature with the ministry's
 * certificate alone.
 */
public record CheckpointStatement(long sequence, Instant createdAt, String previousHash, List<SealedHead> heads) {

    static final String TITLE = "EUC Portal chain checkpoint";

    /** One chain's head as sealed: chain 0 of AUDIT_LOG is the audit log; a ledger's id is its certificate's. */
    public record SealedHead(String kind, long chainId, String label, long position, String hash) {
    }

    public CheckpointStatement {
        heads = heads.stream().sorted(Comparator.comparing(SealedHead::kind).thenComparingLong(SealedHead::chainId))
                .toList();
    }

    public String render() {
        StringBuilder text = new StringBuilder(TITLE).append('\n')
                .append("sequence: ").append(sequence).append('\n')
                .append("created: ").append(createdAt).append('\n')
                .append("previous: ").append(previousHash).append('\n');
        for (SealedHead head : heads) {
            text.append("head: ").append(head.kind()).append(' ').append(head.chainId()).append(' ').append(head.label())
                    .append(' ').append(head.position()).append(' ').append(head.hash()).append('\n');
        }
        return text.toString();
    }

    public byte[] bytes() {
        return render().getBytes(StandardCharsets.UTF_8);
    }

    /** The hash the next checkpoint names as its previous one. */
    public String hash() {
        return HashChain.sha256Hex(bytes());
    }
}

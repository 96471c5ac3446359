package org.euc.portal.common.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.euc.portal.common.checkpoint.CheckpointStatement.SealedHead;
import org.euc.portal.common.integrity.HashChain;
import org.junit.jupiter.api.Test;

class CheckpointStatementTest {

    private static final Instant CREATED = Instant.parse("2026-12-01T05:00:00.123Z");

    @Test
    void rendersTheHeadsInChainOrderWhateverOrderTheyCameIn() {
        CheckpointStatement statement = new CheckpointStatement(7, CREATED, "ab".repeat(32), List.of(
                new SealedHead("LEDGER", 12, "EUC-2026-000012", 4, "c".repeat(64)),
                new SealedHead("AUDIT_LOG", 0, "audit-log", 991, "d".repeat(64)),
                new SealedHead("LEDGER", 3, "EUC-2026-000003", 1, "e".repeat(64))));

        assertEquals("""
                EUC Portal chain checkpoint
                sequence: 7
                created: 2026-12-01T05:00:00.123Z
                previous: %s
                head: AUDIT_LOG 0 audit-log 991 %s
                head: LEDGER 3 EUC-2026-000003 1 %s
                head: LEDGER 12 EUC-2026-000012 4 %s
                """.formatted("ab".repeat(32), "d".repeat(64), "e".repeat(64), "c".repeat(64)), statement.render());
    }

    @Test
    void theHashCoversEveryHeadSoChangingOneChangesIt() {
        CheckpointStatement sealed = new CheckpointStatement(1, CREATED, HashChain.GENESIS,
                List.of(new SealedHead("LEDGER", 3, "EUC-2026-000003", 2, "e".repeat(64))));
        CheckpointStatement rewritten = new CheckpointStatement(1, CREATED, HashChain.GENESIS,
                List.of(new SealedHead("LEDGER", 3, "EUC-2026-000003", 2, "f".repeat(64))));

        assertEquals(HashChain.sha256Hex(sealed.render().getBytes(StandardCharsets.UTF_8)), sealed.hash());
        assertNotEquals(sealed.hash(), rewritten.hash());
    }
}

package org.euc.portal.common.checkpoint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.euc.portal.common.checkpoint.CheckpointStatement.SealedHead;
import org.euc.portal.common.i18n.Phrase;
import org.euc.portal.common.integrity.HashChain;
import org.hibernate.Session;

/**
 * Checks the chains against the checkpoints: first the checkpoints themselves (numbered without a
 * gap, each naming its predecessor, each matching the ministry's seal), then every head a
 * checkpoint sealed against the entry now at that position. It names the first contradiction of
 * each chain: a deleted tail, a chain rewritten and re-hashed, or one that forked after the last
 * entry a checkpoint still confirms. Called inside the verifiers' own transactions and role checks.
 * What is wrong is a phrase, worded in the reader's language when shown (English in logs and the API).
 */
@ApplicationScoped
public class CheckpointVerifier {

    private static final int FETCH_SIZE = 2_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    @Any
    Instance<CheckpointedChain> chains;

    @Inject
    ChainSeal seal;

    /** Where a chain departs from what a checkpoint sealed. */
    public record Contradiction(String chainLabel, long position, long checkpoint, Phrase problem) implements Serializable {
    }

    /**
     * @param checkpoints how many checkpoints there are
     * @param checkpointProblem the first thing wrong with the checkpoints themselves, or null
     * @param contradictions the first contradiction of each chain that has one, in chain order
     */
    public record CheckpointCheck(long checkpoints, Phrase checkpointProblem, List<Contradiction> contradictions)
            implements Serializable {

        public boolean consistent() {
            return checkpointProblem == null && contradictions.isEmpty();
        }
    }

    /**
     * @param kind the chains' kind (see {@link CheckpointedChain#kind()})
     * @param chainLabel one chain of that kind (a certificate's reference), or null for all of them
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CheckpointCheck check(String kind, String chainLabel) {
        CheckpointedChain chain = chains.stream().filter(c -> c.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no chain of kind " + kind));
        return em.unwrap(Session.class).doReturningWork(connection -> {
            SequenceWalk walk = walkCheckpoints(connection);
            return new CheckpointCheck(walk.count(), walk.problem(), contradictions(connection, chain, chainLabel));
        });
    }

    private record SequenceWalk(long count, Phrase problem) {
    }

    /** Every checkpoint in order, re-rendered from its rows and checked against its seal. */
    private SequenceWalk walkCheckpoints(Connection connection) throws SQLException {
        try (PreparedStatement checkpoints = connection.prepareStatement("SELECT sequence, created_at, previous_hash, "
                + "statement, statement_hash, signature FROM chain_checkpoint ORDER BY sequence");
                PreparedStatement heads = connection.prepareStatement("SELECT checkpoint_sequence, chain_kind, chain_id, "
                        + "chain_label, position, head_hash FROM chain_checkpoint_head "
                        + "ORDER BY checkpoint_sequence, chain_kind, chain_id")) {
            checkpoints.setFetchSize(FETCH_SIZE);
            heads.setFetchSize(FETCH_SIZE);
            try (ResultSet checkpointRows = checkpoints.executeQuery(); ResultSet headRows = heads.executeQuery()) {
                long count = 0;
                String previousHash = HashChain.GENESIS;
                boolean headPending = headRows.next();
                while (checkpointRows.next()) {
                    long sequence = checkpointRows.getLong(1);
                    count++;
                    if (sequence != count) {
                        return new SequenceWalk(count, checkpointMissing(count, sequence));
                    }
                    if (!previousHash.equals(checkpointRows.getString(3))) {
                        return new SequenceWalk(count, checkpointForked(sequence));
                    }
                    List<SealedHead> sealed = new ArrayList<>();
                    while (headPending && headRows.getLong(1) <= sequence) {
                        if (headRows.getLong(1) == sequence) {
                            sealed.add(new SealedHead(headRows.getString(2), headRows.getLong(3), headRows.getString(4),
                                    headRows.getLong(5), headRows.getString(6)));
                        }
                        headPending = headRows.next();
                    }
                    CheckpointStatement statement = new CheckpointStatement(sequence,
                            checkpointRows.getObject(2, OffsetDateTime.class).toInstant(), previousHash, sealed);
                    if (!statement.render().equals(checkpointRows.getString(4))
                            || !statement.hash().equals(checkpointRows.getString(5))
                            || !seal.verifiesBytes(statement.bytes(), decode(checkpointRows.getString(6)))) {
                        return new SequenceWalk(count, checkpointAltered(sequence));
                    }
                    previousHash = statement.hash();
                }
                return new SequenceWalk(count, null);
            }
        }
    }

    private static List<Contradiction> contradictions(Connection connection, CheckpointedChain chain, String chainLabel)
            throws SQLException {
        String sql = "SELECT h.checkpoint_sequence, h.chain_id, h.chain_label, h.position, h.head_hash, "
                + chain.entryHashSql() + " AS entry_hash, " + chain.chainLengthSql() + " AS chain_length "
                + "FROM chain_checkpoint_head h WHERE h.chain_kind = ?" + (chainLabel == null ? "" : " AND h.chain_label = ?")
                + " ORDER BY h.chain_id, h.position, h.checkpoint_sequence";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setFetchSize(FETCH_SIZE);
            query.setString(1, chain.kind());
            if (chainLabel != null) {
                query.setString(2, chainLabel);
            }
            List<Contradiction> found = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                long currentChain = Long.MIN_VALUE;
                boolean contradicted = false;
                long confirmedPosition = 0;
                long confirmedBy = 0;
                while (rows.next()) {
                    if (rows.getLong(2) != currentChain) {
                        currentChain = rows.getLong(2);
                        contradicted = false;
                        confirmedPosition = 0;
                    }
                    if (contradicted) {
                        continue; // the first contradiction of a chain is the one that matters
                    }
                    long checkpoint = rows.getLong(1);
                    String label = rows.getString(3);
                    long position = rows.getLong(4);
                    String entryHash = rows.getString(6);
                    if (rows.getString(5).equals(entryHash)) {
                        confirmedPosition = position;
                        confirmedBy = checkpoint;
                        continue;
                    }
                    contradicted = true;
                    found.add(new Contradiction(label, position, checkpoint, describe(chain, label, position, checkpoint,
                            entryHash, rows.getLong(7), confirmedPosition, confirmedBy)));
                }
            }
            return found;
        }
    }

    /** The checkpoint numbered {@code expected} is absent: the next one found is {@code found}. */
    static Phrase checkpointMissing(long expected, long found) {
        return Phrase.of("integrity.break.checkpointMissing", expected, expected - 1, found);
    }

    static Phrase checkpointForked(long sequence) {
        return Phrase.of("integrity.break.checkpointForked", sequence, sequence - 1);
    }

    static Phrase checkpointAltered(long sequence) {
        return Phrase.of("integrity.break.checkpointAltered", sequence);
    }

    static Phrase describe(CheckpointedChain chain, String label, long position, long checkpoint, String entryHash,
            long length, long confirmedPosition, long confirmedBy) {
        Phrase name = chain.name(label);
        if (entryHash == null) {
            return length == 0 ? Phrase.of("integrity.break.chainEmptied", name, checkpoint, position)
                    : Phrase.of("integrity.break.chainCutShort", name, checkpoint, position, length);
        }
        if (confirmedPosition > 0) {
            return Phrase.of("integrity.break.chainForked", name, confirmedPosition, position, checkpoint, confirmedBy);
        }
        return Phrase.of("integrity.break.chainRehashed", name, position, checkpoint);
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }
}

package org.euc.portal.common.checkpoint;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.euc.portal.common.audit.domain.AuditAction;
import org.euc.portal.common.audit.service.AuditLog;
import org.euc.portal.common.checkpoint.CheckpointStatement.SealedHead;
import org.euc.portal.common.integrity.HashChain;
import org.euc.portal.common.security.Roles;
import org.hibernate.Session;

/**
 * Records checkpoints of the hash chains, sealed with the ministry's key: on the schedule
 * ({@link CheckpointSchedule}) and when an auditor or administrator asks. A checkpoint seals the
 * head of each chain that grew since the previous one; publishing the latest and exporting all of
 * them puts the chains' state where the database cannot rewrite it.
 *
 * <p>No chain is locked: each chain's entries are appended one at a time under its own lock
 * (the audit log's advisory lock, a ledger's certificate row), so a committed head is always a
 * stable prefix of its chain. Checkpoints are numbered under an advisory lock of their own.
 */
@ApplicationScoped
public class ChainCheckpoints {

    /** Arbitrary key of the advisory lock that numbers checkpoints. */
    private static final long NUMBERING_LOCK = 0x45_55_43_43_48_4B_50_54L;
    private static final String SELECT_CHECKPOINT = "SELECT sequence, created_at, previous_hash, statement_hash, statement, "
            + "signature, algorithm FROM chain_checkpoint";

    @PersistenceContext
    EntityManager em;

    @Inject
    @Any
    Instance<CheckpointedChain> chains;

    @Inject
    ChainSeal seal;

    @Inject
    AuditLog auditLog;

    Clock clock = Clock.systemUTC();

    /** A checkpoint as published: the statement, its hash and the ministry's signature over it. */
    public record Checkpoint(long sequence, Instant createdAt, String previousHash, String statementHash, String statement,
            String signature, String algorithm) {
    }

    /** Seals the chains' heads now; when no chain grew since the last checkpoint, that one stays the latest. */
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
    @Transactional
    public Checkpoint recordNow() {
        Optional<Checkpoint> recorded = record();
        recorded.ifPresent(checkpoint -> auditLog.record(AuditAction.CHECKPOINT_RECORDED, "CHECKPOINT",
                checkpoint.sequence(), "on demand, statement " + checkpoint.statementHash()));
        return recorded.or(this::latest).orElseThrow(() -> new IllegalStateException("no chain to seal"));
    }

    /** For the timer, which runs without a user. @return the checkpoint, or empty when no chain grew */
    @Transactional
    Optional<Checkpoint> recordScheduled() {
        Optional<Checkpoint> recorded = record();
        recorded.ifPresent(checkpoint -> auditLog.recordBySystem(AuditAction.CHECKPOINT_RECORDED, "CHECKPOINT",
                checkpoint.sequence(), "scheduled, statement " + checkpoint.statementHash()));
        return recorded;
    }

    /** The latest checkpoint, which anyone may read and keep. */
    @Transactional
    public Optional<Checkpoint> latest() {
        return em.unwrap(Session.class).doReturningWork(ChainCheckpoints::latestOn);
    }

    /**
     * Writes every checkpoint, oldest first, as a JSON document an auditor keeps offline: each
     * statement can be checked with the ministry's certificate (included) without the portal.
     */
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
    @Transactional
    public void exportAll(OutputStream out) {
        auditLog.recordAtOnce(AuditAction.CHECKPOINTS_EXPORTED, "CHECKPOINT", null, null);
        em.unwrap(Session.class).doWork(connection -> {
            try (Statement query = connection.createStatement();
                    JsonGenerator json = Json.createGenerator(out)) {
                query.setFetchSize(500);
                json.writeStartObject()
                        .write("algorithm", seal.algorithm())
                        .write("sealCertificate", pem(seal))
                        .writeStartArray("checkpoints");
                try (ResultSet rows = query.executeQuery(SELECT_CHECKPOINT + " ORDER BY sequence")) {
                    while (rows.next()) {
                        Checkpoint checkpoint = checkpointOf(rows);
                        json.writeStartObject()
                                .write("sequence", checkpoint.sequence())
                                .write("createdAt", checkpoint.createdAt().toString())
                                .write("previousHash", checkpoint.previousHash())
                                .write("statementHash", checkpoint.statementHash())
                                .write("statement", checkpoint.statement())
                                .write("signature", checkpoint.signature())
                                .writeEnd();
                    }
                }
                json.writeEnd().writeEnd();
            }
        });
    }

    /** The ministry's certificate in PEM, to check checkpoint signatures with. */
    public String sealCertificatePem() {
        return pem(seal);
    }

    private Optional<Checkpoint> record() {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (Statement lock = connection.createStatement()) {
                lock.execute("SELECT pg_advisory_xact_lock(" + NUMBERING_LOCK + ")");
            }
            List<SealedHead> heads = unsealedHeads(connection);
            if (heads.isEmpty()) {
                return Optional.empty();
            }
            Optional<Checkpoint> previous = latestOn(connection);
            CheckpointStatement statement = new CheckpointStatement(previous.map(Checkpoint::sequence).orElse(0L) + 1,
                    clock.instant().truncatedTo(ChronoUnit.MILLIS),
                    previous.map(Checkpoint::statementHash).orElse(HashChain.GENESIS), heads);
            Checkpoint checkpoint = new Checkpoint(statement.sequence(), statement.createdAt(), statement.previousHash(),
                    statement.hash(), statement.render(), Base64.getEncoder().encodeToString(seal.signBytes(statement.bytes())),
                    seal.algorithm());
            insert(connection, checkpoint, statement.heads());
            return Optional.of(checkpoint);
        });
    }

    private List<SealedHead> unsealedHeads(Connection connection) throws SQLException {
        List<SealedHead> heads = new ArrayList<>();
        for (CheckpointedChain chain : chains) {
            try (Statement query = connection.createStatement(); ResultSet rows = query.executeQuery(chain.unsealedHeadsSql())) {
                while (rows.next()) {
                    heads.add(new SealedHead(chain.kind(), rows.getLong(1), rows.getString(2), rows.getLong(3),
                            rows.getString(4)));
                }
            }
        }
        return heads;
    }

    private static Optional<Checkpoint> latestOn(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement();
                ResultSet row = query.executeQuery(SELECT_CHECKPOINT + " ORDER BY sequence DESC LIMIT 1")) {
            return row.next() ? Optional.of(checkpointOf(row)) : Optional.empty();
        }
    }

    private static void insert(Connection connection, Checkpoint checkpoint, List<SealedHead> heads) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO chain_checkpoint (sequence, created_at, "
                + "previous_hash, statement, statement_hash, signature, algorithm) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, checkpoint.sequence());
            insert.setTimestamp(2, Timestamp.from(checkpoint.createdAt()));
            insert.setString(3, checkpoint.previousHash());
            insert.setString(4, checkpoint.statement());
            insert.setString(5, checkpoint.statementHash());
            insert.setString(6, checkpoint.signature());
            insert.setString(7, checkpoint.algorithm());
            insert.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO chain_checkpoint_head "
                + "(checkpoint_sequence, chain_kind, chain_id, chain_label, position, head_hash) VALUES (?, ?, ?, ?, ?, ?)")) {
            int batched = 0;
            for (SealedHead head : heads) {
                insert.setLong(1, checkpoint.sequence());
                insert.setString(2, head.kind());
                insert.setLong(3, head.chainId());
                insert.setString(4, head.label());
                insert.setLong(5, head.position());
                insert.setString(6, head.hash());
                insert.addBatch();
                if (++batched % 1_000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static Checkpoint checkpointOf(ResultSet row) throws SQLException {
        return new Checkpoint(row.getLong(1), row.getObject(2, OffsetDateTime.class).toInstant(), row.getString(3),
                row.getString(4), row.getString(5), row.getString(6), row.getString(7));
    }

    private static String pem(ChainSeal seal) {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                            .encodeToString(seal.certificate().getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("the ministry's certificate cannot be encoded", e);
        }
    }
}

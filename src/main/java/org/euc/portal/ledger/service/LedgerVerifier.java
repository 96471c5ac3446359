package org.euc.portal.ledger.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.euc.portal.common.audit.domain.AuditAction;
import org.euc.portal.common.audit.service.AuditLog;
import org.euc.portal.common.checkpoint.CheckpointVerifier;
import org.euc.portal.common.checkpoint.CheckpointVerifier.CheckpointCheck;
import org.euc.portal.common.integrity.ChainVerification;
import org.euc.portal.common.integrity.HashChain;
import org.euc.portal.common.persistence.NoSuchRecordException;
import org.euc.portal.common.security.Roles;
import org.euc.portal.ledger.domain.LedgerLink;
import org.hibernate.Session;

/**
 * Verifies the ledgers' hash chains: one certificate's, or all of them in one pass. Reads the
 * table with a streaming cursor in chain order and keeps nothing but the current chain's last
 * hash, so a million entries take seconds and constant memory.
 */
@ApplicationScoped
@RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
public class LedgerVerifier {

    private static final int FETCH_SIZE = 5_000;
    /** What a broken link names when the checkpoints themselves are damaged. */
    private static final String CHECKPOINTS = "checkpoints";
    private static final String COLUMNS = "SELECT e.certificate_id, c.reference, e.position, e.entry_type, e.amends_entry_id, "
            + "e.amendment_reason, e.order_reference, e.issuing_authority, e.kind, e.other_citation, e.issued_on, "
            + "e.valid_from, e.valid_until, e.used_from, e.used_until, e.terrorist_act, e.offence_id, e.targets, "
            + "e.operation_reference, e.document_sha256, e.recorded_at, e.recorded_by, e.channel, e.previous_hash, e.hash "
            + "FROM ledger_entry e JOIN certificate c ON c.id = e.certificate_id ";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog auditLog;

    @Inject
    CheckpointVerifier checkpoints;

    @Transactional
    public LedgerVerification verifyAll() {
        return verify(COLUMNS + "ORDER BY e.certificate_id, e.position", null, "all ledgers");
    }

    @Transactional
    public LedgerVerification verifyCertificate(String reference) {
        // an unknown reference is not "0 chains, intact"
        if (em.createQuery("SELECT count(c) FROM Certificate c WHERE c.reference = :reference", Long.class)
                .setParameter("reference", reference).getSingleResult() == 0) {
            throw new NoSuchRecordException("Certificate", reference);
        }
        // the certificate as a scalar subquery: its id is then a constant for the plan, and the (certificate_id,
        // position) index gives the chain order; filtered through the join, PostgreSQL sorted the whole ledger
        // again (200,000 entries: 60 MB on disk)
        return verify(COLUMNS + "WHERE e.certificate_id = (SELECT x.id FROM certificate x WHERE x.reference = ?) "
                + "ORDER BY e.position", reference, "ledger of " + reference);
    }

    private LedgerVerification verify(String sql, String reference, String what) {
        long started = System.nanoTime();
        LedgerVerification walked = em.unwrap(Session.class).doReturningWork(connection -> walk(connection, sql, reference,
                started));
        LedgerVerification result = walked.withContradictions(checkpointContradictions(reference, walked));
        auditLog.record(AuditAction.LEDGER_VERIFIED, "LEDGER", reference, what + ": " + result.entries() + " entries in "
                + result.chains() + " chains, " + (result.intact() ? "intact" : "BROKEN " + result.broken())
                + ", " + result.millis() + " ms");
        return result;
    }

    /**
     * Where ledgers sound on their own contradict the signed checkpoints (a deleted tail, a re-hashed
     * rewrite), one per ledger not already broken; damaged checkpoints are named as such.
     */
    private List<LedgerVerification.BrokenLink> checkpointContradictions(String reference, LedgerVerification walked) {
        CheckpointCheck check = checkpoints.check(LedgerChains.KIND, reference);
        List<LedgerVerification.BrokenLink> found = new ArrayList<>();
        if (check.checkpointProblem() != null) {
            found.add(new LedgerVerification.BrokenLink(CHECKPOINTS, 0, check.checkpointProblem()));
        }
        check.contradictions().stream()
                .filter(contradiction -> walked.broken().stream()
                        .noneMatch(link -> link.certificateReference().equals(contradiction.chainLabel())))
                .map(contradiction -> new LedgerVerification.BrokenLink(contradiction.chainLabel(), contradiction.position(),
                        contradiction.problem()))
                .forEach(found::add);
        return found;
    }

    private static LedgerVerification walk(Connection connection, String sql, String reference, long started)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
            query.setFetchSize(FETCH_SIZE);
            if (reference != null) {
                query.setString(1, reference);
            }
            try (ResultSet rows = query.executeQuery()) {
                ChainReader reader = new ChainReader(rows);
                List<LedgerVerification.BrokenLink> broken = new ArrayList<>();
                long chains = 0;
                long entries = 0;
                while (reader.startNextChain()) {
                    chains++;
                    String chainReference = reader.reference();
                    ChainVerification chain = HashChain.verify(reader);
                    entries += chain.isIntact() ? chain.checkedRecords() : chain.checkedRecords() + 1;
                    if (!chain.isIntact()) {
                        broken.add(new LedgerVerification.BrokenLink(chainReference, chain.brokenAt(), chain.problem()));
                        entries += reader.skipRestOfChain();
                    }
                }
                return LedgerVerification.of(chains, entries, broken, (System.nanoTime() - started) / 1_000_000);
            }
        }
    }

    /** Iterates one certificate's entries at a time from a result set sorted by certificate and position. */
    private static final class ChainReader implements Iterator<LedgerLink> {

        private final ResultSet rows;
        private LedgerLink pending;
        private String pendingReference;
        private long currentCertificate = -1;
        private String currentReference;
        private boolean exhausted;

        ChainReader(ResultSet rows) {
            this.rows = rows;
        }

        boolean startNextChain() throws SQLException {
            if (pending == null && !exhausted) {
                advance();
            }
            if (pending == null) {
                return false;
            }
            currentCertificate = pending.certificateId();
            currentReference = pendingReference;
            return true;
        }

        String reference() {
            return currentReference;
        }

        long skipRestOfChain() {
            long skipped = 0;
            while (hasNext()) {
                next();
                skipped++;
            }
            return skipped;
        }

        @Override
        public boolean hasNext() {
            if (pending == null && !exhausted) {
                try {
                    advance();
                } catch (SQLException e) {
                    throw new IllegalStateException("ledger not readable: " + e.getMessage(), e);
                }
            }
            return pending != null && pending.certificateId() == currentCertificate;
        }

        @Override
        public LedgerLink next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            LedgerLink link = pending;
            pending = null;
            return link;
        }

        private void advance() throws SQLException {
            if (!rows.next()) {
                exhausted = true;
                return;
            }
            pendingReference = rows.getString(2);
            pending = new LedgerLink(rows.getLong(1), rows.getLong(3), rows.getString(4), nullableLong(rows, 5),
                    rows.getString(6), rows.getString(7), rows.getString(8), rows.getString(9), rows.getString(10),
                    rows.getObject(11, java.time.LocalDate.class), rows.getObject(12, java.time.LocalDate.class),
                    rows.getObject(13, java.time.LocalDate.class), rows.getObject(14, java.time.LocalDate.class),
                    rows.getObject(15, java.time.LocalDate.class), rows.getString(16), nullableLong(rows, 17),
                    rows.getObject(18, Integer.class), rows.getString(19), rows.getString(20),
                    rows.getObject(21, java.time.OffsetDateTime.class).toInstant(), rows.getString(22),
                    rows.getString(23), rows.getString(24), rows.getString(25));
        }

        private static Long nullableLong(ResultSet rows, int column) throws SQLException {
            long value = rows.getLong(column);
            return rows.wasNull() ? null : value;
        }
    }
}

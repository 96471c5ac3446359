package org.euc.portal.benchmark.scale;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Everything the generator writes, table by table, sent in one transaction per batch: the tables in
 * foreign-key order, then the audit events sealed onto the chain. Memory stays flat whatever the
 * run's size: a batch is sent as soon as it holds about {@link #FLUSH_CHARS} characters.
 */
final class CopyBatch {

    /** About 16 MB of text: large enough for COPY to run at full speed, small enough for a 256 MB heap. */
    private static final int FLUSH_CHARS = 8 << 20;
    /** About as much again once sealed (hash, previous hash, details). */
    private static final int FLUSH_AUDIT_EVENTS = 30_000;

    final CopyTable certificates = new CopyTable("certificate", "id, reference, agency_id, status, current_revision, "
            + "created_at, created_by, first_submitted_at, last_submitted_at, status_changed_at, updated_at, version, "
            + "assignee, waiting_since, approved_from, approved_until, conditions, issued_document_id");
    final CopyTable revisions = new CopyTable("certificate_revision", "id, certificate_id, number, exporter_company, "
            + "export_licence_reference, system_name, system_category, installations, sites, valid_from, valid_until, "
            + "signatory_id, generated_document_id, generated_at, document_language, signed_document_id, signature_outcome, "
            + "signature_detail, signer_fingerprint, signing_time, signature_checked_at, submitted_at, submitted_by, "
            + "created_at, created_by");
    final CopyTable revisionActs = new CopyTable("revision_terrorist_act", "revision_id, act");
    final CopyTable revisionOffences = new CopyTable("revision_offence", "revision_id, offence_id");
    final CopyTable revisionUndertakings = new CopyTable("revision_undertaking",
            "revision_id, undertaking, accepted_at, accepted_by");
    final CopyTable statusChanges = new CopyTable("status_change", "certificate_id, from_status, to_status, changed_at, "
            + "actor, reason_code, rationale, legal_basis, proposed_by, revision_number");
    final CopyTable proposals = new CopyTable("decision_proposal", "certificate_id, kind, state, reason_code, rationale, "
            + "legal_basis, valid_from, valid_until, conditions, proposed_by, proposed_at, decided_by, decided_at, version");
    final CopyTable ledgerEntries = new CopyTable("ledger_entry", "id, certificate_id, position, entry_type, "
            + "amends_entry_id, amendment_reason, order_reference, issuing_authority, kind, other_citation, issued_on, "
            + "valid_from, valid_until, used_from, used_until, terrorist_act, offence_id, targets, operation_reference, "
            + "document_id, document_sha256, recorded_at, recorded_by, channel, previous_hash, hash");
    final CopyTable flags = new CopyTable("compliance_flag", "certificate_id, rule, blocking, detail, revision_number, "
            + "raised_at, raised_by, ledger_entry_id, version");
    final CopyTable auditEvents = new CopyTable("audit_event", AuditEventRows.COLUMNS);
    final AuditTrail audit = new AuditTrail();

    /** Parents before children; the audit events last, so the chain's lock is held for the shortest time. */
    private final List<CopyTable> inForeignKeyOrder = List.of(certificates, revisions, revisionActs, revisionOffences,
            revisionUndertakings, statusChanges, proposals, ledgerEntries, flags);

    private final Connection connection;
    private final CopyManager copyManager;
    private int transactions;

    CopyBatch(Connection connection) throws SQLException {
        this.connection = connection;
        this.copyManager = connection.unwrap(PGConnection.class).getCopyAPI();
    }

    void flushIfFull() throws SQLException {
        int chars = inForeignKeyOrder.stream().mapToInt(CopyTable::pendingChars).sum();
        if (chars >= FLUSH_CHARS || audit.size() >= FLUSH_AUDIT_EVENTS) {
            flush();
        }
    }

    /** Sends and commits everything collected, together with whatever the connection already did in this transaction. */
    void flush() throws SQLException {
        for (CopyTable table : inForeignKeyOrder) {
            table.copy(copyManager);
        }
        audit.sealInto(connection, auditEvents);
        auditEvents.copy(copyManager);
        connection.commit();
        transactions++;
    }

    List<CopyTable> tables() {
        return List.of(certificates, revisions, revisionActs, revisionOffences, revisionUndertakings, statusChanges,
                proposals, ledgerEntries, flags, auditEvents);
    }

    int transactions() {
        return transactions;
    }
}

package org.euc.portal.common.audit.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.euc.portal.common.checkpoint.CheckpointedChain;
import org.euc.portal.common.i18n.Phrase;

/** The audit log as checkpoints see it: one chain (id 0), whose positions are the events' ids. */
@ApplicationScoped
class AuditLogChain implements CheckpointedChain {

    static final String KIND = "AUDIT_LOG";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String unsealedHeadsSql() {
        return "SELECT 0, 'audit-log', e.id, e.hash FROM audit_event e WHERE e.id = (SELECT max(id) FROM audit_event) "
                + "AND NOT EXISTS (SELECT 1 FROM chain_checkpoint_head h WHERE h.chain_kind = '" + KIND + "' "
                + "AND h.chain_id = 0 AND h.position = e.id)";
    }

    @Override
    public String entryHashSql() {
        return "(SELECT e.hash FROM audit_event e WHERE e.id = h.position)";
    }

    @Override
    public String chainLengthSql() {
        return "(SELECT coalesce(max(e.id), 0) FROM audit_event e)";
    }

    /** Without its label: there is one audit log, and a name without arguments keeps its apostrophes (d'audit). */
    @Override
    public Phrase name(String chainLabel) {
        return Phrase.of("integrity.chain." + KIND);
    }
}

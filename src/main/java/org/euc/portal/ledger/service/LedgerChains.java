package org.euc.portal.ledger.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.euc.portal.common.checkpoint.CheckpointedChain;

/** The ledgers as checkpoints see them: one chain per certificate, labelled with its reference. */
@ApplicationScoped
class LedgerChains implements CheckpointedChain {

    static final String KIND = "LEDGER";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String unsealedHeadsSql() {
        // the (certificate_id, position) index gives each ledger's head; only heads no checkpoint sealed yet
        return "SELECT head.certificate_id, c.reference, head.position, head.hash FROM (SELECT DISTINCT ON (certificate_id) "
                + "certificate_id, position, hash FROM ledger_entry ORDER BY certificate_id, position DESC) head "
                + "JOIN certificate c ON c.id = head.certificate_id WHERE NOT EXISTS (SELECT 1 FROM chain_checkpoint_head h "
                + "WHERE h.chain_kind = '" + KIND + "' AND h.chain_id = head.certificate_id AND h.position = head.position)";
    }

    @Override
    public String entryHashSql() {
        return "(SELECT e.hash FROM ledger_entry e WHERE e.certificate_id = h.chain_id AND e.position = h.position)";
    }

    @Override
    public String chainLengthSql() {
        return "(SELECT coalesce(max(e.position), 0) FROM ledger_entry e WHERE e.certificate_id = h.chain_id)";
    }
}

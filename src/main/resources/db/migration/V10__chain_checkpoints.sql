-- Checkpoints anchor the hash chains (the audit log, every certificate's ledger) outside the
-- database: each one lists the heads of the chains that grew since the previous checkpoint, and
-- its statement is signed with the ministry's key and published. A chain whose tail was deleted,
-- or that was rewritten and re-hashed, no longer matches what a checkpoint sealed; a checkpoint
-- that was altered no longer matches its seal. Both tables are append-only like the chains.

CREATE TABLE chain_checkpoint (
    sequence          BIGINT       PRIMARY KEY CHECK (sequence > 0),
    created_at        TIMESTAMPTZ  NOT NULL,
    previous_hash     VARCHAR(64)  NOT NULL,
    statement         TEXT         NOT NULL,
    statement_hash    VARCHAR(64)  NOT NULL UNIQUE,
    signature         TEXT         NOT NULL,
    algorithm         VARCHAR(40)  NOT NULL
);

-- one row per chain whose head the checkpoint seals; chain_id is 0 for the audit log and the
-- certificate's id for a ledger
CREATE TABLE chain_checkpoint_head (
    checkpoint_sequence  BIGINT       NOT NULL REFERENCES chain_checkpoint (sequence),
    chain_kind           VARCHAR(20)  NOT NULL,
    chain_id             BIGINT       NOT NULL,
    chain_label          VARCHAR(40)  NOT NULL,
    position             BIGINT       NOT NULL,
    head_hash            VARCHAR(64)  NOT NULL,
    PRIMARY KEY (checkpoint_sequence, chain_kind, chain_id)
);

-- verification walks each chain's anchors in order; recording asks whether a head is anchored already
CREATE INDEX chain_checkpoint_head_chain_idx ON chain_checkpoint_head (chain_kind, chain_id, position);

CREATE TRIGGER chain_checkpoint_no_update_or_delete
    BEFORE UPDATE OR DELETE ON chain_checkpoint
    FOR EACH ROW EXECUTE FUNCTION refuse_history_rewrite();
CREATE TRIGGER chain_checkpoint_no_truncate
    BEFORE TRUNCATE ON chain_checkpoint
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_rewrite();
CREATE TRIGGER chain_checkpoint_head_no_update_or_delete
    BEFORE UPDATE OR DELETE ON chain_checkpoint_head
    FOR EACH ROW EXECUTE FUNCTION refuse_history_rewrite();
CREATE TRIGGER chain_checkpoint_head_no_truncate
    BEFORE TRUNCATE ON chain_checkpoint_head
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_rewrite();

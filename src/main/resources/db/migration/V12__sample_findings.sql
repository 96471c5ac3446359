-- An inspector's findings on a sampled ledger entry are appended, each with who wrote it and when:
-- a second auditor adds to the first one's findings instead of overwriting them. The findings
-- recorded so far move over; the overwritable columns go.
CREATE TABLE ledger_sample_finding (
    id               BIGSERIAL    PRIMARY KEY,
    sample_entry_id  BIGINT       NOT NULL REFERENCES ledger_sample_entry (id),
    written_by       VARCHAR(100) NOT NULL,
    written_at       TIMESTAMPTZ  NOT NULL,
    text             TEXT         NOT NULL
);

CREATE INDEX ledger_sample_finding_entry_idx ON ledger_sample_finding (sample_entry_id, written_at);

INSERT INTO ledger_sample_finding (sample_entry_id, written_by, written_at, text)
SELECT id, inspected_by, inspected_at, findings FROM ledger_sample_entry WHERE findings IS NOT NULL;

ALTER TABLE ledger_sample_entry DROP COLUMN inspected_at, DROP COLUMN inspected_by, DROP COLUMN findings;

CREATE TRIGGER ledger_sample_finding_no_update_or_delete
    BEFORE UPDATE OR DELETE ON ledger_sample_finding
    FOR EACH ROW EXECUTE FUNCTION refuse_history_rewrite();
CREATE TRIGGER ledger_sample_finding_no_truncate
    BEFORE TRUNCATE ON ledger_sample_finding
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_rewrite();

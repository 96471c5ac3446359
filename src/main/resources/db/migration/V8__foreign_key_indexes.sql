-- Deleting or checking a ledger entry must not scan the whole ledger for rows that point at it:
-- without these, PostgreSQL's foreign-key checks on ledger_entry are a sequential scan per row
-- (measured: removing a 1,000,000-entry benchmark ledger did not finish in 70 minutes).
CREATE INDEX ledger_entry_amends_idx ON ledger_entry (amends_entry_id) WHERE amends_entry_id IS NOT NULL;
CREATE INDEX ledger_sample_entry_entry_idx ON ledger_sample_entry (entry_id);

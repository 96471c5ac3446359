-- A sample's criteria are kept as a phrase, worded in the reader's language (common.i18n.Phrase);
-- samples drawn before keep their English text.
ALTER TABLE ledger_sample ADD COLUMN criteria_phrase TEXT;
ALTER TABLE ledger_sample ALTER COLUMN criteria DROP NOT NULL;
ALTER TABLE ledger_sample ADD CONSTRAINT ledger_sample_criteria_check
    CHECK ((criteria IS NULL) <> (criteria_phrase IS NULL));

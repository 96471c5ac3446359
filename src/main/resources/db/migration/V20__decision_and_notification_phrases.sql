-- Decisions the portal takes itself (a delisted country's suspensions, the proposals to reinstate
-- them) and notifications keep their sentences as phrases: a message key and its arguments as
-- JSON, worded in the reader's language when read (common.i18n.Phrase). A reviewer's own words
-- stay text in the existing columns; rows written before keep their text.
ALTER TABLE status_change ADD COLUMN rationale_phrase TEXT;
ALTER TABLE status_change ADD COLUMN legal_basis_phrase TEXT;

ALTER TABLE decision_proposal ADD COLUMN rationale_phrase TEXT;
ALTER TABLE decision_proposal ADD COLUMN legal_basis_phrase TEXT;
ALTER TABLE decision_proposal ALTER COLUMN rationale DROP NOT NULL;
ALTER TABLE decision_proposal ADD CONSTRAINT decision_proposal_rationale_check
    CHECK ((rationale IS NULL) <> (rationale_phrase IS NULL));

-- notification.KIND with the certificate reference and the arguments; text_arguments for older rows
ALTER TABLE notification ADD COLUMN text_phrase TEXT;

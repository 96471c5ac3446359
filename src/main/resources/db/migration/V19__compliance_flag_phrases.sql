-- What the portal writes about a flag (the finding, its own reason for closing it) is kept as a
-- phrase: a message key and its arguments as JSON, worded in the reader's language when read
-- (common.i18n.Phrase). Flags raised before keep their English text in detail and resolution.
ALTER TABLE compliance_flag ADD COLUMN detail_phrase TEXT;
ALTER TABLE compliance_flag ALTER COLUMN detail DROP NOT NULL;
ALTER TABLE compliance_flag ADD CONSTRAINT compliance_flag_detail_check
    CHECK ((detail IS NULL) <> (detail_phrase IS NULL));

-- a reviewer writes the resolution; the portal, closing a flag itself, gives a phrase
ALTER TABLE compliance_flag ADD COLUMN resolution_phrase TEXT;
ALTER TABLE compliance_flag DROP CONSTRAINT compliance_flag_check;
ALTER TABLE compliance_flag ADD CONSTRAINT compliance_flag_resolution_check
    CHECK ((resolved_at IS NULL) = (resolution IS NULL AND resolution_phrase IS NULL));

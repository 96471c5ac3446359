-- Queries the pages run on every view that only became visible at a million certificates.

-- The review queue asks on every view which countries back on the approved list still have
-- certificates their delisting suspended: only status changes with this reason matter, a handful
-- among millions.
CREATE INDEX status_change_country_delisted_idx ON status_change (certificate_id) WHERE reason_code = 'COUNTRY_DELISTED';

-- A case's proposals and flags, read by the case page and the certificate page: only open ones were
-- indexed (V5, V8), so reading a case's whole history scanned 800,000 proposals (430 ms) and 400,000
-- flags (180 ms).
CREATE INDEX decision_proposal_certificate_idx ON decision_proposal (certificate_id, proposed_at);
CREATE INDEX compliance_flag_certificate_idx ON compliance_flag (certificate_id);

-- The review queue in its default order (longest waiting first): its open cases in that order, so
-- the first page reads 50 rows instead of sorting 60,000 spread over the whole table.
CREATE INDEX certificate_open_case_idx ON certificate (waiting_since, id)
    WHERE status IN ('SUBMITTED', 'UNDER_REVIEW', 'SUSPENDED');

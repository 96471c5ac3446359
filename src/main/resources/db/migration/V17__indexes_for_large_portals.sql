-- The review queue asks on every view which countries back on the approved list still have
-- certificates their delisting suspended: only status changes with this reason matter, a handful
-- among hundreds of thousands.
CREATE INDEX status_change_country_delisted_idx ON status_change (certificate_id) WHERE reason_code = 'COUNTRY_DELISTED';

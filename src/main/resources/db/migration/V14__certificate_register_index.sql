-- The auditor's certificate register lists every submitted certificate, most recently changed first.
CREATE INDEX certificate_updated_idx ON certificate (updated_at DESC, id DESC);

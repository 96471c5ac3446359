-- The audit log viewer filters by subject id alone, or by its beginning (LIKE 'EUC-2026-%').
CREATE INDEX audit_event_subject_id_idx ON audit_event (subject_id text_pattern_ops);

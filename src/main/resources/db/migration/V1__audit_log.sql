-- Append-only, hash-chained audit log. Every event carries the SHA-256 of the previous one,
-- so a rewritten row breaks the chain; the trigger below stops rewrites in the first place,
-- even from a faulty portal: only a superuser disabling the trigger can alter history.

CREATE TABLE audit_event (
    id              BIGINT       PRIMARY KEY,
    occurred_at     TIMESTAMPTZ  NOT NULL,
    actor           VARCHAR(100) NOT NULL,
    actor_roles     VARCHAR(200) NOT NULL,
    action          VARCHAR(60)  NOT NULL,
    subject_type    VARCHAR(60),
    subject_id      VARCHAR(100),
    details         TEXT,
    client_address  VARCHAR(64),
    previous_hash   VARCHAR(64)  NOT NULL,
    hash            VARCHAR(64)  NOT NULL UNIQUE
);

-- the audit viewer filters by time, actor, action and subject
CREATE INDEX audit_event_occurred_at_idx ON audit_event (occurred_at DESC);
CREATE INDEX audit_event_actor_idx ON audit_event (actor, occurred_at DESC);
CREATE INDEX audit_event_action_idx ON audit_event (action, occurred_at DESC);
CREATE INDEX audit_event_subject_idx ON audit_event (subject_type, subject_id);

CREATE FUNCTION refuse_history_rewrite() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'table % is append-only: % refused', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_event_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION refuse_history_rewrite();

CREATE TRIGGER audit_event_no_truncate
    BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_rewrite();

-- The judicial authorization ledger: for each approved certificate, every authorization under
-- which the agency used the system. Append-only (the database refuses UPDATE, DELETE, TRUNCATE);
-- each entry carries the SHA-256 of the previous entry of its certificate, so each certificate's
-- ledger is a hash chain. A correction or cancellation is a new entry pointing at the one it amends.

-- per-country profile: does national law require a judicial order (not just "another authorization")?
ALTER TABLE country ADD COLUMN judicial_order_required BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE ledger_entry (
    id                   BIGSERIAL    PRIMARY KEY,
    certificate_id       BIGINT       NOT NULL REFERENCES certificate (id),
    position             INTEGER      NOT NULL,
    entry_type           VARCHAR(20)  NOT NULL CHECK (entry_type IN ('RECORD', 'CORRECTION', 'CANCELLATION')),
    amends_entry_id      BIGINT       REFERENCES ledger_entry (id),
    amendment_reason     TEXT,
    order_reference      VARCHAR(100) NOT NULL,
    issuing_authority    VARCHAR(200) NOT NULL,
    kind                 VARCHAR(40)  NOT NULL CHECK (kind IN ('JUDICIAL_ORDER', 'URGENT_ORAL_APPROVAL_CONFIRMED', 'OTHER_AUTHORIZATION')),
    other_citation       VARCHAR(500),
    issued_on            DATE         NOT NULL,
    valid_from           DATE         NOT NULL,
    valid_until          DATE         NOT NULL,
    used_from            DATE         NOT NULL,
    used_until           DATE         NOT NULL,
    terrorist_act        VARCHAR(60),
    offence_id           BIGINT       REFERENCES offence (id),
    targets              INTEGER      NOT NULL CHECK (targets > 0),
    operation_reference  VARCHAR(100),
    document_id          BIGINT       REFERENCES stored_document (id),
    document_sha256      VARCHAR(64),
    recorded_at          TIMESTAMPTZ  NOT NULL,
    recorded_by          VARCHAR(100) NOT NULL,
    channel              VARCHAR(10)  NOT NULL CHECK (channel IN ('FORM', 'CSV', 'API')),
    previous_hash        VARCHAR(64)  NOT NULL,
    hash                 VARCHAR(64)  NOT NULL,
    UNIQUE (certificate_id, position),
    CHECK ((terrorist_act IS NULL) <> (offence_id IS NULL)),
    CHECK ((entry_type = 'RECORD') = (amends_entry_id IS NULL))
);

-- the oversight browser filters by certificate and by day of use; verification walks each chain in order
CREATE INDEX ledger_entry_used_idx ON ledger_entry (used_from);
CREATE INDEX ledger_entry_recorded_idx ON ledger_entry (recorded_at DESC);

CREATE TRIGGER ledger_entry_no_update_or_delete
    BEFORE UPDATE OR DELETE ON ledger_entry
    FOR EACH ROW EXECUTE FUNCTION refuse_history_rewrite();

CREATE TRIGGER ledger_entry_no_truncate
    BEFORE TRUNCATE ON ledger_entry
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_rewrite();

-- flags raised by ledger rules point at their entry
ALTER TABLE compliance_flag ADD COLUMN ledger_entry_id BIGINT REFERENCES ledger_entry (id);
CREATE INDEX compliance_flag_entry_idx ON compliance_flag (ledger_entry_id) WHERE ledger_entry_id IS NOT NULL;

-- Inspection samples: who drew what, from which seed, and what the inspection found.
CREATE TABLE ledger_sample (
    id          BIGSERIAL    PRIMARY KEY,
    seed        BIGINT       NOT NULL,
    size        INTEGER      NOT NULL CHECK (size > 0),
    criteria    TEXT         NOT NULL,
    drawn_by    VARCHAR(100) NOT NULL,
    drawn_at    TIMESTAMPTZ  NOT NULL
);

CREATE TABLE ledger_sample_entry (
    id              BIGSERIAL    PRIMARY KEY,
    sample_id       BIGINT       NOT NULL REFERENCES ledger_sample (id),
    entry_id        BIGINT       NOT NULL REFERENCES ledger_entry (id),
    pick_reason     VARCHAR(20)  NOT NULL,
    inspected_at    TIMESTAMPTZ,
    inspected_by    VARCHAR(100),
    findings        TEXT,
    version         BIGINT       NOT NULL DEFAULT 0,
    UNIQUE (sample_id, entry_id)
);

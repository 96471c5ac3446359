-- Reviewing certificates: who works a case, since when it waits, what the ministry approved,
-- flags raised against it, four-eyes proposals, notes, saved queue filters and notifications.

ALTER TABLE certificate
    ADD COLUMN assignee            VARCHAR(100),
    ADD COLUMN waiting_since       TIMESTAMPTZ,
    ADD COLUMN approved_from       DATE,
    ADD COLUMN approved_until      DATE,
    ADD COLUMN conditions          TEXT,
    ADD COLUMN issued_document_id  BIGINT REFERENCES stored_document (id);

-- the review queue: open cases by time waiting; "my cases"; expiry of approved certificates
CREATE INDEX certificate_queue_idx ON certificate (status, waiting_since);
CREATE INDEX certificate_assignee_idx ON certificate (assignee, status);
CREATE INDEX certificate_expiry_idx ON certificate (approved_until) WHERE status = 'APPROVED';

-- Rules raise flags on a certificate; a blocking flag stops approval until a reviewer resolves it in writing.
CREATE TABLE compliance_flag (
    id               BIGSERIAL    PRIMARY KEY,
    certificate_id   BIGINT       NOT NULL REFERENCES certificate (id),
    rule             VARCHAR(60)  NOT NULL,
    blocking         BOOLEAN      NOT NULL,
    detail           TEXT         NOT NULL,
    revision_number  INTEGER,
    raised_at        TIMESTAMPTZ  NOT NULL,
    raised_by        VARCHAR(100) NOT NULL,
    resolved_at      TIMESTAMPTZ,
    resolved_by      VARCHAR(100),
    resolution       TEXT,
    version          BIGINT       NOT NULL DEFAULT 0,
    CHECK ((resolved_at IS NULL) = (resolution IS NULL))
);

CREATE INDEX compliance_flag_open_idx ON compliance_flag (certificate_id) WHERE resolved_at IS NULL;
CREATE INDEX compliance_flag_rule_idx ON compliance_flag (rule, resolved_at);

-- Approvals, reinstatements and revocations take effect only when a different senior reviewer confirms.
CREATE TABLE decision_proposal (
    id               BIGSERIAL    PRIMARY KEY,
    certificate_id   BIGINT       NOT NULL REFERENCES certificate (id),
    kind             VARCHAR(20)  NOT NULL CHECK (kind IN ('APPROVE', 'REINSTATE', 'REVOKE')),
    state            VARCHAR(20)  NOT NULL CHECK (state IN ('OPEN', 'CONFIRMED', 'WITHDRAWN')),
    reason_code      VARCHAR(60)  NOT NULL,
    rationale        TEXT         NOT NULL,
    legal_basis      TEXT,
    valid_from       DATE,
    valid_until      DATE,
    conditions       TEXT,
    proposed_by      VARCHAR(100) NOT NULL,
    proposed_at      TIMESTAMPTZ  NOT NULL,
    decided_by       VARCHAR(100),
    decided_at       TIMESTAMPTZ,
    version          BIGINT       NOT NULL DEFAULT 0,
    -- four eyes, also for the database
    CHECK (decided_by IS NULL OR state <> 'CONFIRMED' OR decided_by <> proposed_by)
);

-- at most one open proposal per certificate
CREATE UNIQUE INDEX decision_proposal_open_idx ON decision_proposal (certificate_id) WHERE state = 'OPEN';

-- Notes between reviewers (INTERNAL) and messages to the agency (TO_AGENCY). Never edited.
CREATE TABLE case_note (
    id              BIGSERIAL    PRIMARY KEY,
    certificate_id  BIGINT       NOT NULL REFERENCES certificate (id),
    visibility      VARCHAR(20)  NOT NULL CHECK (visibility IN ('INTERNAL', 'TO_AGENCY')),
    author          VARCHAR(100) NOT NULL,
    written_at      TIMESTAMPTZ  NOT NULL,
    text            TEXT         NOT NULL
);

CREATE INDEX case_note_certificate_idx ON case_note (certificate_id, written_at);

CREATE TRIGGER case_note_no_update_or_delete
    BEFORE UPDATE OR DELETE ON case_note
    FOR EACH ROW EXECUTE FUNCTION refuse_history_rewrite();

-- A reviewer's named queue filters.
CREATE TABLE saved_queue_filter (
    id             BIGSERIAL    PRIMARY KEY,
    owner          VARCHAR(100) NOT NULL,
    name           VARCHAR(100) NOT NULL,
    status         VARCHAR(20),
    country_code   VARCHAR(2),
    agency_code    VARCHAR(20),
    assignee       VARCHAR(100),
    only_flagged   BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at     TIMESTAMPTZ  NOT NULL,
    UNIQUE (owner, name)
);

-- In-app notifications, addressed to a user, to every importer of an agency, or to a role.
CREATE TABLE notification (
    id                     BIGSERIAL    PRIMARY KEY,
    recipient_user         VARCHAR(100),
    recipient_agency       VARCHAR(20),
    recipient_role         VARCHAR(30),
    kind                   VARCHAR(40)  NOT NULL,
    certificate_reference  VARCHAR(20),
    text_arguments         TEXT,
    created_at             TIMESTAMPTZ  NOT NULL,
    CHECK (num_nonnulls(recipient_user, recipient_agency, recipient_role) = 1)
);

CREATE INDEX notification_user_idx ON notification (recipient_user, created_at DESC);
CREATE INDEX notification_agency_idx ON notification (recipient_agency, created_at DESC);
CREATE INDEX notification_role_idx ON notification (recipient_role, created_at DESC);

CREATE TABLE notification_read (
    notification_id  BIGINT       NOT NULL REFERENCES notification (id),
    username         VARCHAR(100) NOT NULL,
    read_at          TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (notification_id, username)
);

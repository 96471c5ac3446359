-- Files the portal stores (generated and signed certificate PDFs, later order documents and issued
-- certificates) with their SHA-256. Never changed once written.
CREATE TABLE stored_document (
    id          BIGSERIAL    PRIMARY KEY,
    file_name   VARCHAR(200) NOT NULL,
    media_type  VARCHAR(100) NOT NULL,
    size_bytes  BIGINT       NOT NULL,
    sha256      VARCHAR(64)  NOT NULL,
    content     BYTEA        NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL
);

CREATE TRIGGER stored_document_no_update
    BEFORE UPDATE ON stored_document
    FOR EACH ROW EXECUTE FUNCTION refuse_history_rewrite();

CREATE SEQUENCE certificate_reference_seq;

CREATE TABLE certificate (
    id                 BIGSERIAL    PRIMARY KEY,
    reference          VARCHAR(20)  NOT NULL UNIQUE,
    agency_id          BIGINT       NOT NULL REFERENCES agency (id),
    status             VARCHAR(20)  NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'CHANGES_REQUESTED',
                           'REJECTED', 'APPROVED', 'SUSPENDED', 'REVOKED', 'EXPIRED', 'WITHDRAWN')),
    current_revision   INTEGER      NOT NULL,
    created_at         TIMESTAMPTZ  NOT NULL,
    created_by         VARCHAR(100) NOT NULL,
    first_submitted_at TIMESTAMPTZ,
    last_submitted_at  TIMESTAMPTZ,
    status_changed_at  TIMESTAMPTZ  NOT NULL,
    updated_at         TIMESTAMPTZ  NOT NULL,
    version            BIGINT       NOT NULL DEFAULT 0
);

-- the agency's list pages by agency, newest first, filtered by status
CREATE INDEX certificate_agency_idx ON certificate (agency_id, updated_at DESC);
CREATE INDEX certificate_agency_status_idx ON certificate (agency_id, status, updated_at DESC);
CREATE INDEX certificate_status_idx ON certificate (status, status_changed_at);

CREATE TABLE certificate_revision (
    id                        BIGSERIAL    PRIMARY KEY,
    certificate_id            BIGINT       NOT NULL REFERENCES certificate (id),
    number                    INTEGER      NOT NULL,
    exporter_company          VARCHAR(200) NOT NULL,
    export_licence_reference  VARCHAR(100) NOT NULL,
    system_name               VARCHAR(200) NOT NULL,
    system_category           VARCHAR(30)  NOT NULL,
    installations             INTEGER      NOT NULL CHECK (installations > 0),
    sites                     INTEGER      NOT NULL CHECK (sites > 0),
    valid_from                DATE         NOT NULL,
    valid_until               DATE         NOT NULL,
    signatory_id              BIGINT       NOT NULL REFERENCES signatory (id),
    generated_document_id     BIGINT       REFERENCES stored_document (id),
    generated_at              TIMESTAMPTZ,
    document_language         VARCHAR(10),
    signed_document_id        BIGINT       REFERENCES stored_document (id),
    signature_outcome         VARCHAR(40),
    signature_detail          TEXT,
    signer_fingerprint        VARCHAR(64),
    signing_time              TIMESTAMPTZ,
    signature_checked_at      TIMESTAMPTZ,
    submitted_at              TIMESTAMPTZ,
    submitted_by              VARCHAR(100),
    created_at                TIMESTAMPTZ  NOT NULL,
    created_by                VARCHAR(100) NOT NULL,
    UNIQUE (certificate_id, number),
    CHECK (valid_until > valid_from)
);

CREATE INDEX certificate_revision_signatory_idx ON certificate_revision (signatory_id);

CREATE TABLE revision_terrorist_act (
    revision_id  BIGINT      NOT NULL REFERENCES certificate_revision (id),
    act          VARCHAR(60) NOT NULL,
    PRIMARY KEY (revision_id, act)
);

CREATE TABLE revision_offence (
    revision_id  BIGINT NOT NULL REFERENCES certificate_revision (id),
    offence_id   BIGINT NOT NULL REFERENCES offence (id),
    PRIMARY KEY (revision_id, offence_id)
);

CREATE INDEX revision_offence_offence_idx ON revision_offence (offence_id);

CREATE TABLE revision_undertaking (
    revision_id  BIGINT       NOT NULL REFERENCES certificate_revision (id),
    undertaking  VARCHAR(40)  NOT NULL,
    accepted_at  TIMESTAMPTZ  NOT NULL,
    accepted_by  VARCHAR(100) NOT NULL,
    PRIMARY KEY (revision_id, undertaking)
);

-- Every status change of a certificate: who, when, why, under which legal basis.
CREATE TABLE status_change (
    id               BIGSERIAL    PRIMARY KEY,
    certificate_id   BIGINT       NOT NULL REFERENCES certificate (id),
    from_status      VARCHAR(20),
    to_status        VARCHAR(20)  NOT NULL,
    changed_at       TIMESTAMPTZ  NOT NULL,
    actor            VARCHAR(100) NOT NULL,
    reason_code      VARCHAR(60)  NOT NULL,
    rationale        TEXT,
    legal_basis      TEXT,
    revision_number  INTEGER
);

CREATE INDEX status_change_certificate_idx ON status_change (certificate_id, changed_at);

CREATE TRIGGER status_change_no_update_or_delete
    BEFORE UPDATE OR DELETE ON status_change
    FOR EACH ROW EXECUTE FUNCTION refuse_history_rewrite();

-- A submitted revision is immutable: an amendment is a new revision. The database holds the
-- portal to it, for the revision and for what it declared.
CREATE FUNCTION refuse_change_to_submitted_revision() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    locked BOOLEAN;
BEGIN
    IF TG_TABLE_NAME = 'certificate_revision' THEN
        locked := OLD.submitted_at IS NOT NULL;
    ELSE
        SELECT submitted_at IS NOT NULL INTO locked FROM certificate_revision WHERE id = OLD.revision_id;
    END IF;
    IF locked THEN
        RAISE EXCEPTION 'revision is submitted and immutable: % on % refused', TG_OP, TG_TABLE_NAME
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;

CREATE TRIGGER certificate_revision_immutable_once_submitted
    BEFORE UPDATE OR DELETE ON certificate_revision
    FOR EACH ROW EXECUTE FUNCTION refuse_change_to_submitted_revision();
CREATE TRIGGER revision_terrorist_act_immutable_once_submitted
    BEFORE UPDATE OR DELETE ON revision_terrorist_act
    FOR EACH ROW EXECUTE FUNCTION refuse_change_to_submitted_revision();
CREATE TRIGGER revision_offence_immutable_once_submitted
    BEFORE UPDATE OR DELETE ON revision_offence
    FOR EACH ROW EXECUTE FUNCTION refuse_change_to_submitted_revision();
CREATE TRIGGER revision_undertaking_immutable_once_submitted
    BEFORE UPDATE OR DELETE ON revision_undertaking
    FOR EACH ROW EXECUTE FUNCTION refuse_change_to_submitted_revision();

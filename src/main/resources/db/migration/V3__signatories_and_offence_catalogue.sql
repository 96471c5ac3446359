-- Signatories: the people whose X.509 certificates may sign an agency's certificates.
-- The portal trusts a signature only when its certificate is registered here (by fingerprint).
CREATE TABLE signatory (
    id                  BIGSERIAL    PRIMARY KEY,
    agency_id           BIGINT       NOT NULL REFERENCES agency (id),
    name                VARCHAR(200) NOT NULL,
    title               VARCHAR(200) NOT NULL,
    certificate         BYTEA        NOT NULL,
    fingerprint_sha256  VARCHAR(64)  NOT NULL UNIQUE,
    subject             VARCHAR(500) NOT NULL,
    issuer              VARCHAR(500) NOT NULL,
    serial_number       VARCHAR(100) NOT NULL,
    valid_from          TIMESTAMPTZ  NOT NULL,
    valid_until         TIMESTAMPTZ  NOT NULL,
    revoked_at          TIMESTAMPTZ,
    revocation_reason   TEXT,
    registered_at       TIMESTAMPTZ  NOT NULL,
    registered_by       VARCHAR(100) NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0
);

CREATE INDEX signatory_agency_idx ON signatory (agency_id);

-- The national offence catalogue: one row per version of an entry. An edit closes the current
-- version (effective_until) and adds a new one; nothing is overwritten, so a certificate keeps
-- pointing at the version that was in force when it was declared.
CREATE TABLE offence (
    id                 BIGSERIAL    PRIMARY KEY,
    country_code       VARCHAR(2)   NOT NULL REFERENCES country (code),
    offence_code       VARCHAR(40)  NOT NULL,
    statute            VARCHAR(200) NOT NULL,
    name               VARCHAR(300) NOT NULL,
    max_penalty_years  INTEGER      CHECK (max_penalty_years > 0),
    life_imprisonment  BOOLEAN      NOT NULL DEFAULT FALSE,
    category           VARCHAR(30)  NOT NULL CHECK (category IN ('VIOLENCE', 'ORGANISED_CRIME', 'DRUGS', 'ARMS',
                           'CYBER', 'FINANCIAL', 'SEXUAL_EXPLOITATION', 'HUMAN_TRAFFICKING', 'PROPERTY',
                           'PUBLIC_ORDER', 'EXPRESSION', 'OTHER')),
    effective_from     DATE         NOT NULL,
    effective_until    DATE,
    recorded_at        TIMESTAMPTZ  NOT NULL DEFAULT now(),
    recorded_by        VARCHAR(100) NOT NULL,
    CHECK (life_imprisonment OR max_penalty_years IS NOT NULL),
    CHECK (effective_until IS NULL OR effective_until > effective_from)
);

CREATE INDEX offence_country_idx ON offence (country_code, offence_code, effective_from DESC);
-- the purpose picker lists a country's catalogue in force, by statute
CREATE INDEX offence_in_force_idx ON offence (country_code, statute) WHERE effective_until IS NULL;

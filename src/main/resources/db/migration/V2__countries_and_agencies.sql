-- Countries of end users, with the ministry's approval decisions as an effective-dated history:
-- a country is approved on a given day when its latest decision effective on or before that day says so.

CREATE TABLE country (
    code  VARCHAR(2)   PRIMARY KEY,
    name  VARCHAR(100) NOT NULL
);

CREATE TABLE country_approval (
    id              BIGSERIAL    PRIMARY KEY,
    country_code    VARCHAR(2)   NOT NULL REFERENCES country (code),
    approved        BOOLEAN      NOT NULL,
    effective_from  DATE         NOT NULL,
    reason          TEXT         NOT NULL,
    decided_by      VARCHAR(100) NOT NULL,
    decided_at      TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE INDEX country_approval_country_idx ON country_approval (country_code, effective_from DESC, id DESC);

CREATE TABLE agency (
    id            BIGSERIAL    PRIMARY KEY,
    code          VARCHAR(20)  NOT NULL UNIQUE,
    name          VARCHAR(200) NOT NULL,
    country_code  VARCHAR(2)   NOT NULL REFERENCES country (code),
    kind          VARCHAR(20)  NOT NULL CHECK (kind IN ('POLICE', 'INTELLIGENCE', 'MILITARY', 'JUDICIAL', 'OTHER')),
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    version       BIGINT       NOT NULL DEFAULT 0
);

CREATE INDEX agency_country_idx ON agency (country_code);

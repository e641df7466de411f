-- Pulih schema, version 1: beneficiaries, duplicates, shelters, stays, returns, access and audit.
-- One script for both databases: ${stored} is empty on H2 and STORED on PostgreSQL (Flyway placeholder).
-- The domain enforces every rule first; these constraints are the second line.

CREATE TABLE beneficiary (
    id                  UUID         PRIMARY KEY,
    version             BIGINT       NOT NULL CHECK (version > 0),
    name                VARCHAR(100) NOT NULL,
    name_key            VARCHAR(200) NOT NULL,
    sex                 CHAR(1)      NOT NULL CHECK (sex IN ('L', 'P')),
    birth_date          DATE         NOT NULL,
    birth_estimated     BOOLEAN      NOT NULL,
    nik                 CHAR(16),
    family_card         CHAR(16),
    document_status     VARCHAR(10)  NOT NULL,
    origin              VARCHAR(13)  NOT NULL,
    origin_province     CHAR(2)      NOT NULL,
    origin_regency      VARCHAR(5)   NOT NULL,
    phone               VARCHAR(16),
    return_country      CHAR(2)      NOT NULL,
    return_date         DATE         NOT NULL,
    entry_point         VARCHAR(200) NOT NULL,
    return_mode         VARCHAR(20)  NOT NULL,
    exploitation        VARCHAR(400) NOT NULL,
    control             VARCHAR(600) NOT NULL,
    sector              VARCHAR(30)  NOT NULL,
    recruiter           VARCHAR(30)  NOT NULL,
    status              VARCHAR(20)  NOT NULL CHECK (status IN ('REGISTERED', 'SHELTERED', 'REPATRIATED', 'IN_REINTEGRATION', 'CLOSED')),
    outcome             VARCHAR(30),
    registered_by_kind  VARCHAR(10)  NOT NULL,
    registered_by_ref   VARCHAR(64),
    merged_into         UUID         REFERENCES beneficiary (id),
    registered_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_beneficiary_nik UNIQUE (nik),
    CONSTRAINT ck_beneficiary_closed CHECK (status <> 'CLOSED' OR outcome IS NOT NULL)
);
CREATE INDEX ix_beneficiary_duplicate ON beneficiary (name_key, birth_date, origin_regency);
CREATE INDEX ix_beneficiary_origin ON beneficiary (origin_province, origin_regency);

CREATE TABLE beneficiary_consent (
    beneficiary_id  UUID        NOT NULL REFERENCES beneficiary (id),
    seq             INTEGER     NOT NULL,
    purpose         VARCHAR(40) NOT NULL,
    given           BOOLEAN     NOT NULL,
    given_on        DATE        NOT NULL,
    expires_on      DATE,
    recorded_by     VARCHAR(64) NOT NULL,
    PRIMARY KEY (beneficiary_id, seq)
);

CREATE TABLE beneficiary_assessment (
    beneficiary_id   UUID         NOT NULL REFERENCES beneficiary (id),
    seq              INTEGER      NOT NULL,
    assessed_on      DATE         NOT NULL,
    poverty          VARCHAR(20)  NOT NULL,
    vulnerabilities  VARCHAR(200) NOT NULL,
    risks            VARCHAR(400) NOT NULL,
    needs            VARCHAR(400) NOT NULL,
    assessed_by      VARCHAR(64)  NOT NULL,
    PRIMARY KEY (beneficiary_id, seq)
);

CREATE TABLE beneficiary_status_change (
    beneficiary_id  UUID         NOT NULL REFERENCES beneficiary (id),
    seq             INTEGER      NOT NULL,
    from_status     VARCHAR(20),
    to_status       VARCHAR(20)  NOT NULL,
    changed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id        VARCHAR(64)  NOT NULL,
    reason          VARCHAR(1000) NOT NULL,
    PRIMARY KEY (beneficiary_id, seq)
);

CREATE TABLE beneficiary_merged (
    beneficiary_id  UUID NOT NULL REFERENCES beneficiary (id),
    merged_id       UUID NOT NULL REFERENCES beneficiary (id),
    PRIMARY KEY (beneficiary_id, merged_id)
);

CREATE TABLE potential_duplicate (
    id           UUID         PRIMARY KEY,
    version      BIGINT       NOT NULL CHECK (version > 0),
    registered   UUID         NOT NULL REFERENCES beneficiary (id),
    existing     UUID         NOT NULL REFERENCES beneficiary (id),
    status       VARCHAR(10)  NOT NULL CHECK (status IN ('OPEN', 'INVALID', 'MERGED')),
    resolved_by  VARCHAR(64),
    resolved_at  TIMESTAMP WITH TIME ZONE,
    note         VARCHAR(1000) NOT NULL
);

CREATE TABLE shelter (
    id        UUID         PRIMARY KEY,
    version   BIGINT       NOT NULL CHECK (version > 0),
    code      VARCHAR(40)  NOT NULL,
    name      VARCHAR(200) NOT NULL,
    type      VARCHAR(20)  NOT NULL,
    region    VARCHAR(13)  NOT NULL,
    capacity  INTEGER      NOT NULL CHECK (capacity > 0),
    occupied  INTEGER      NOT NULL CHECK (occupied >= 0),
    CONSTRAINT uq_shelter_code UNIQUE (code),
    CONSTRAINT ck_shelter_capacity CHECK (occupied <= capacity)
);

CREATE TABLE stay (
    id                UUID        PRIMARY KEY,
    version           BIGINT      NOT NULL CHECK (version > 0),
    beneficiary_id    UUID        NOT NULL REFERENCES beneficiary (id),
    shelter_id        UUID        NOT NULL REFERENCES shelter (id),
    admitted_on       DATE        NOT NULL,
    child_protection  BOOLEAN     NOT NULL,
    discharged_on     DATE,
    discharge_reason  VARCHAR(30),
    transferred_to    UUID        REFERENCES shelter (id),
    discharge_note    VARCHAR(1000) NOT NULL,
    open_key          UUID GENERATED ALWAYS AS (CASE WHEN discharged_on IS NULL THEN beneficiary_id END) ${stored},
    CONSTRAINT uq_stay_open UNIQUE (open_key),
    CONSTRAINT ck_stay_discharge CHECK ((discharged_on IS NULL) = (discharge_reason IS NULL))
);
CREATE INDEX ix_stay_beneficiary ON stay (beneficiary_id);
CREATE INDEX ix_stay_shelter ON stay (shelter_id, admitted_on);

CREATE TABLE stay_service (
    stay_id       UUID         NOT NULL REFERENCES stay (id),
    seq           INTEGER      NOT NULL,
    kind          VARCHAR(40)  NOT NULL,
    delivered_on  DATE         NOT NULL,
    delivered_by  VARCHAR(64)  NOT NULL,
    detail        VARCHAR(200) NOT NULL,
    PRIMARY KEY (stay_id, seq)
);

CREATE TABLE repatriation (
    id                  UUID         PRIMARY KEY,
    version             BIGINT       NOT NULL CHECK (version > 0),
    beneficiary_id      UUID         NOT NULL REFERENCES beneficiary (id),
    stay_id             UUID         NOT NULL REFERENCES stay (id),
    from_shelter        UUID         NOT NULL REFERENCES shelter (id),
    destination         VARCHAR(13)  NOT NULL,
    destination_reason  VARCHAR(500) NOT NULL,
    transport           VARCHAR(10)  NOT NULL,
    escort              VARCHAR(64)  NOT NULL,
    receiving_office    VARCHAR(200) NOT NULL,
    planned_on          DATE         NOT NULL,
    state               VARCHAR(20)  NOT NULL CHECK (state IN ('PLANNED', 'IN_TRANSIT', 'HANDED_OVER', 'CANCELLED')),
    departed_on         DATE,
    handed_over_on      DATE,
    received_by         VARCHAR(200) NOT NULL,
    cancel_reason       VARCHAR(500) NOT NULL,
    active_key          UUID GENERATED ALWAYS AS (CASE WHEN state IN ('PLANNED', 'IN_TRANSIT') THEN beneficiary_id END) ${stored},
    CONSTRAINT uq_repatriation_active UNIQUE (active_key)
);
CREATE INDEX ix_repatriation_beneficiary ON repatriation (beneficiary_id);

CREATE TABLE access_grant (
    id              UUID          PRIMARY KEY,
    actor_id        VARCHAR(64)   NOT NULL,
    beneficiary_id  UUID          NOT NULL REFERENCES beneficiary (id),
    reason          VARCHAR(1000) NOT NULL,
    granted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_grant_window CHECK (expires_at > granted_at)
);
CREATE INDEX ix_access_grant ON access_grant (actor_id, beneficiary_id);

CREATE TABLE audit_entry (
    id              UUID          PRIMARY KEY,
    at              TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id        VARCHAR(64)   NOT NULL,
    action          VARCHAR(64)   NOT NULL,
    record_type     VARCHAR(32)   NOT NULL,
    record_id       VARCHAR(64)   NOT NULL,
    version_before  BIGINT        NOT NULL,
    version_after   BIGINT        NOT NULL,
    summary         VARCHAR(1000) NOT NULL
);
CREATE INDEX ix_audit_record ON audit_entry (record_type, record_id);
CREATE INDEX ix_audit_actor ON audit_entry (actor_id);

CREATE TABLE access_log (
    id              UUID        PRIMARY KEY,
    at              TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id        VARCHAR(64) NOT NULL,
    beneficiary_id  UUID        NOT NULL,
    action          VARCHAR(64) NOT NULL,
    outcome         VARCHAR(12) NOT NULL CHECK (outcome IN ('ALLOWED', 'BREAK_GLASS', 'DENIED'))
);
CREATE INDEX ix_access_log_beneficiary ON access_log (beneficiary_id);
CREATE INDEX ix_access_log_actor ON access_log (actor_id);

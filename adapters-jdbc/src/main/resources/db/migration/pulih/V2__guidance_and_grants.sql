-- Pulih schema, version 2: social guidance programmes and enrolments; grant schemes, awards, payments, batches
-- and proposals. The domain enforces every rule first; these constraints are the second line.
-- Sets and ordered lists of codes (topics, partners) are comma text: their values never contain a comma.

CREATE TABLE programme (
    id          UUID          PRIMARY KEY,
    version     BIGINT        NOT NULL CHECK (version > 0),
    title       VARCHAR(300)  NOT NULL,
    organiser   VARCHAR(40)   NOT NULL,
    partners    VARCHAR(2000) NOT NULL,
    venue       VARCHAR(300)  NOT NULL,
    region      VARCHAR(13)   NOT NULL,
    starts_on   DATE          NOT NULL,
    ends_on     DATE          NOT NULL,
    capacity    INTEGER       NOT NULL CHECK (capacity > 0),
    enrolled    INTEGER       NOT NULL CHECK (enrolled >= 0),
    topics      VARCHAR(2000) NOT NULL,
    required    VARCHAR(2000) NOT NULL,
    CONSTRAINT ck_programme_dates CHECK (ends_on >= starts_on),
    CONSTRAINT ck_programme_capacity CHECK (enrolled <= capacity)
);
CREATE INDEX ix_programme_start ON programme (starts_on);

CREATE TABLE enrolment (
    id               UUID          PRIMARY KEY,
    version          BIGINT        NOT NULL CHECK (version > 0),
    programme_id     UUID          NOT NULL REFERENCES programme (id),
    beneficiary_id   UUID          NOT NULL REFERENCES beneficiary (id),
    enrolled_on      DATE          NOT NULL,
    override_reason  VARCHAR(1000) NOT NULL,
    CONSTRAINT uq_enrolment UNIQUE (programme_id, beneficiary_id)
);
CREATE INDEX ix_enrolment_beneficiary ON enrolment (beneficiary_id);

CREATE TABLE enrolment_attendance (
    enrolment_id  UUID        NOT NULL REFERENCES enrolment (id),
    seq           INTEGER     NOT NULL,
    topic         VARCHAR(60) NOT NULL,
    attended_on   DATE        NOT NULL,
    recorded_by   VARCHAR(64) NOT NULL,
    PRIMARY KEY (enrolment_id, seq)
);

CREATE TABLE grant_scheme (
    id                 UUID         PRIMARY KEY,
    version            BIGINT       NOT NULL CHECK (version > 0),
    programme_id       UUID         NOT NULL REFERENCES programme (id),
    amount_per_person  BIGINT       NOT NULL CHECK (amount_per_person > 0),
    budget             BIGINT       NOT NULL,
    funding_source     VARCHAR(200) NOT NULL,
    committed          BIGINT       NOT NULL CHECK (committed >= 0),
    CONSTRAINT ck_scheme_budget CHECK (budget >= amount_per_person AND committed <= budget)
);
CREATE INDEX ix_grant_scheme_programme ON grant_scheme (programme_id);

CREATE TABLE award (
    id              UUID         PRIMARY KEY,
    version         BIGINT       NOT NULL CHECK (version > 0),
    scheme_id       UUID         NOT NULL REFERENCES grant_scheme (id),
    beneficiary_id  UUID         NOT NULL REFERENCES beneficiary (id),
    amount          BIGINT       NOT NULL CHECK (amount >= 0),
    bank_code       CHAR(3)      NOT NULL,
    account_number  VARCHAR(20)  NOT NULL,
    account_holder  VARCHAR(200) NOT NULL,
    awarded_on      DATE         NOT NULL,
    CONSTRAINT uq_award UNIQUE (scheme_id, beneficiary_id)
);
CREATE INDEX ix_award_beneficiary ON award (beneficiary_id);

-- batch_id has no foreign key: a payment is saved with its batch id before the batch itself is saved, and H2 has
-- no deferrable constraints. payment_batch_item refers to the payments instead.
CREATE TABLE payment (
    id              UUID         PRIMARY KEY,
    version         BIGINT       NOT NULL CHECK (version > 0),
    award_id        UUID         NOT NULL REFERENCES award (id),
    scheme_id       UUID         NOT NULL REFERENCES grant_scheme (id),
    beneficiary_id  UUID         NOT NULL REFERENCES beneficiary (id),
    amount          BIGINT       NOT NULL CHECK (amount >= 0),
    bank_code       CHAR(3)      NOT NULL,
    account_number  VARCHAR(20)  NOT NULL,
    account_holder  VARCHAR(200) NOT NULL,
    status          VARCHAR(10)  NOT NULL CHECK (status IN ('APPROVED', 'SENT', 'PAID', 'REJECTED')),
    batch_id        UUID,
    bank_reference  VARCHAR(64),
    rejection       VARCHAR(20)  CHECK (rejection IN ('ACCOUNT_NOT_FOUND', 'NAME_MISMATCH', 'ACCOUNT_CLOSED', 'OTHER')),
    approved_on     DATE         NOT NULL,
    settled_on      DATE,
    active_key      UUID GENERATED ALWAYS AS (CASE WHEN status <> 'REJECTED' THEN award_id END) ${stored},
    paid_key        UUID GENERATED ALWAYS AS (CASE WHEN status = 'PAID' THEN award_id END) ${stored},
    CONSTRAINT uq_payment_active UNIQUE (active_key),
    CONSTRAINT uq_payment_paid UNIQUE (paid_key),
    CONSTRAINT ck_payment_batch CHECK (status = 'APPROVED' OR batch_id IS NOT NULL),
    CONSTRAINT ck_payment_settled CHECK ((status IN ('PAID', 'REJECTED')) = (bank_reference IS NOT NULL AND settled_on IS NOT NULL)),
    CONSTRAINT ck_payment_rejection CHECK ((status = 'REJECTED') = (rejection IS NOT NULL))
);
CREATE INDEX ix_payment_award ON payment (award_id);
CREATE INDEX ix_payment_scheme ON payment (scheme_id, approved_on);
CREATE INDEX ix_payment_batch ON payment (batch_id);

CREATE TABLE payment_batch (
    id          UUID     PRIMARY KEY,
    version     BIGINT   NOT NULL CHECK (version > 0),
    scheme_id   UUID     NOT NULL REFERENCES grant_scheme (id),
    bank_code   CHAR(3)  NOT NULL,
    created_on  DATE     NOT NULL,
    sent_on     DATE
);
CREATE INDEX ix_payment_batch_scheme ON payment_batch (scheme_id, created_on);

CREATE TABLE payment_batch_item (
    batch_id    UUID     NOT NULL REFERENCES payment_batch (id),
    seq         INTEGER  NOT NULL,
    payment_id  UUID     NOT NULL REFERENCES payment (id),
    PRIMARY KEY (batch_id, seq)
);
CREATE INDEX ix_payment_batch_item_payment ON payment_batch_item (payment_id);

CREATE TABLE proposal (
    id              UUID          PRIMARY KEY,
    version         BIGINT        NOT NULL CHECK (version > 0),
    award_id        UUID          NOT NULL REFERENCES award (id),
    beneficiary_id  UUID          NOT NULL REFERENCES beneficiary (id),
    submitted_on    DATE          NOT NULL,
    summary         VARCHAR(2000) NOT NULL,
    requested       BIGINT        NOT NULL CHECK (requested >= 0),
    status          VARCHAR(10)   NOT NULL CHECK (status IN ('SUBMITTED', 'APPROVED', 'REJECTED')),
    decided_by      VARCHAR(64),
    decided_on      DATE,
    reason          VARCHAR(1000) NOT NULL
);
CREATE INDEX ix_proposal_beneficiary ON proposal (beneficiary_id, submitted_on);

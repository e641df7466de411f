-- Pulih schema, version 3: reintegration plans with their goals, services and referrals; follow-up visits with the
-- re-trafficking risk score of each visit. The domain enforces every rule first; these constraints are the second
-- line. Observed risk factors are comma text (a set of enum names, sorted): their values never contain a comma.

CREATE TABLE reintegration_plan (
    id              UUID          PRIMARY KEY,
    version         BIGINT        NOT NULL CHECK (version > 0),
    beneficiary_id  UUID          NOT NULL REFERENCES beneficiary (id),
    status          VARCHAR(10)   NOT NULL CHECK (status IN ('ACTIVE', 'CLOSED')),
    created_on      DATE          NOT NULL,
    created_by      VARCHAR(64)   NOT NULL,
    closed_on       DATE,
    close_reason    VARCHAR(1000) NOT NULL,
    active_key      UUID GENERATED ALWAYS AS (CASE WHEN status = 'ACTIVE' THEN beneficiary_id END) ${stored},
    CONSTRAINT uq_plan_active UNIQUE (active_key),
    CONSTRAINT ck_plan_closed CHECK ((status = 'CLOSED') = (closed_on IS NOT NULL))
);
CREATE INDEX ix_plan_beneficiary ON reintegration_plan (beneficiary_id, created_on);

CREATE TABLE plan_goal (
    plan_id  UUID         NOT NULL REFERENCES reintegration_plan (id),
    seq      INTEGER      NOT NULL,
    goal     VARCHAR(500) NOT NULL,
    PRIMARY KEY (plan_id, seq)
);

-- The services of a plan are deleted and inserted again (with their referrals) on each save of the plan.
CREATE TABLE plan_service (
    id             UUID          PRIMARY KEY,
    plan_id        UUID          NOT NULL REFERENCES reintegration_plan (id),
    seq            INTEGER       NOT NULL,
    service_type   VARCHAR(40)   NOT NULL,
    component      VARCHAR(50)   NOT NULL,
    detail         VARCHAR(500)  NOT NULL,
    provider       VARCHAR(40)   NOT NULL,
    due_on         DATE          NOT NULL,
    cost           BIGINT        NOT NULL CHECK (cost >= 0),
    status         VARCHAR(12)   NOT NULL CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DELIVERED', 'CANCELLED')),
    delivered_on   DATE,
    cancel_reason  VARCHAR(1000) NOT NULL,
    CONSTRAINT uq_plan_service_seq UNIQUE (plan_id, seq),
    CONSTRAINT ck_service_delivery CHECK ((status = 'DELIVERED') = (delivered_on IS NOT NULL))
);

CREATE TABLE service_referral (
    service_id       UUID          NOT NULL REFERENCES plan_service (id),
    seq              INTEGER       NOT NULL,
    partner          VARCHAR(40)   NOT NULL,
    referred_on      DATE          NOT NULL,
    referred_by      VARCHAR(64)   NOT NULL,
    override_reason  VARCHAR(1000) NOT NULL,
    status           VARCHAR(10)   NOT NULL CHECK (status IN ('PENDING', 'ACCEPTED', 'REJECTED')),
    answered_on      DATE,
    answered_by      VARCHAR(64)   NOT NULL,
    reason           VARCHAR(1000) NOT NULL,
    PRIMARY KEY (service_id, seq),
    CONSTRAINT ck_referral_answer CHECK ((status = 'PENDING') = (answered_on IS NULL)),
    CONSTRAINT ck_referral_reason CHECK (status <> 'REJECTED' OR reason <> '')
);
-- a partner's reports and its view of the cases look up its open referrals
CREATE INDEX ix_referral_partner ON service_referral (partner, status);

-- economic, social, psychosocial, total and risk_level are the visit's score, null before the visit; the
-- contributions that explain it are in follow_up_contribution.
CREATE TABLE follow_up (
    id              UUID          PRIMARY KEY,
    version         BIGINT        NOT NULL CHECK (version > 0),
    beneficiary_id  UUID          NOT NULL REFERENCES beneficiary (id),
    plan_id         UUID          NOT NULL REFERENCES reintegration_plan (id),
    months_after    INTEGER       NOT NULL CHECK (months_after BETWEEN 1 AND 60),
    due_on          DATE          NOT NULL,
    status          VARCHAR(10)   NOT NULL CHECK (status IN ('SCHEDULED', 'VISITED', 'CANCELLED')),
    visited_on      DATE,
    observed        VARCHAR(1000) NOT NULL,
    economic        INTEGER       CHECK (economic >= 0),
    social          INTEGER       CHECK (social >= 0),
    psychosocial    INTEGER       CHECK (psychosocial >= 0),
    total           INTEGER,
    risk_level      VARCHAR(6)    CHECK (risk_level IN ('LOW', 'MEDIUM', 'HIGH')),
    notes           VARCHAR(1000) NOT NULL,
    visited_by      VARCHAR(64)   NOT NULL,
    CONSTRAINT ck_follow_up_visit CHECK ((status = 'VISITED') = (visited_on IS NOT NULL)
        AND (status = 'VISITED') = (risk_level IS NOT NULL)),
    CONSTRAINT ck_follow_up_score CHECK (total = economic + social + psychosocial
        OR (total IS NULL AND economic IS NULL AND social IS NULL AND psychosocial IS NULL))
);
CREATE INDEX ix_follow_up_beneficiary ON follow_up (beneficiary_id, due_on);
CREATE INDEX ix_follow_up_due ON follow_up (status, due_on);

CREATE TABLE follow_up_contribution (
    follow_up_id  UUID        NOT NULL REFERENCES follow_up (id),
    seq           INTEGER     NOT NULL,
    factor        VARCHAR(40) NOT NULL,
    dimension     VARCHAR(12) NOT NULL CHECK (dimension IN ('ECONOMIC', 'SOCIAL', 'PSYCHOSOCIAL')),
    points        INTEGER     NOT NULL CHECK (points > 0),
    PRIMARY KEY (follow_up_id, seq)
);

-- Pulih schema, version 12: the person's rights under UU PDP and the controller's duties (issue 15).
-- Data-subject requests with their deadlines and decisions, restrictions of processing in force, erasures (that
-- one happened, by whom and why, without the data), objections to risk scores and their reviews, and the breach
-- register with its notifications. V11 and V13 belong to the encryption at rest.

CREATE TABLE subject_request (
    id              UUID          PRIMARY KEY,
    version         BIGINT        NOT NULL CHECK (version > 0),
    beneficiary_id  UUID          NOT NULL REFERENCES beneficiary (id),
    kind            VARCHAR(30)   NOT NULL CHECK (kind IN ('INFORMATION', 'ACCESS', 'RECTIFICATION', 'ERASURE',
                                      'RESTRICTION', 'OBJECTION', 'PORTABILITY', 'WITHDRAWAL_OF_CONSENT')),
    details         VARCHAR(1000),
    received_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    received_by     VARCHAR(40)   NOT NULL,
    decision        VARCHAR(20)   CHECK (decision IN ('GRANTED', 'PARTLY_GRANTED', 'REFUSED')),
    exemption       VARCHAR(50),
    reason          VARCHAR(1000),
    decided_by      VARCHAR(40),
    decided_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT ck_subject_request_decided CHECK ((decision IS NULL) = (decided_at IS NULL))
);
CREATE INDEX ix_subject_request_beneficiary ON subject_request (beneficiary_id);
CREATE INDEX ix_subject_request_due ON subject_request (due_at);

CREATE TABLE processing_restriction (
    beneficiary_id  UUID          PRIMARY KEY REFERENCES beneficiary (id),
    version         BIGINT        NOT NULL CHECK (version > 0),
    since           TIMESTAMP WITH TIME ZONE NOT NULL,
    restricted_by   VARCHAR(40)   NOT NULL,
    reason          VARCHAR(1000) NOT NULL,
    request_id      UUID          REFERENCES subject_request (id)
);

CREATE TABLE erasure (
    beneficiary_id  UUID          PRIMARY KEY REFERENCES beneficiary (id),
    erased_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    erased_by       VARCHAR(40)   NOT NULL,
    reason          VARCHAR(1000) NOT NULL,
    request_id      UUID          REFERENCES subject_request (id)
);

CREATE TABLE risk_review (
    id              UUID          PRIMARY KEY,
    version         BIGINT        NOT NULL CHECK (version > 0),
    follow_up_id    UUID          NOT NULL REFERENCES follow_up (id),
    beneficiary_id  UUID          NOT NULL REFERENCES beneficiary (id),
    objected_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    objected_by     VARCHAR(40)   NOT NULL,
    objection       VARCHAR(1000) NOT NULL,
    decision        VARCHAR(10)   CHECK (decision IN ('CONFIRMED', 'SET_ASIDE')),
    reviewed_by     VARCHAR(40),
    reviewed_at     TIMESTAMP WITH TIME ZONE,
    reason          VARCHAR(1000)
);
CREATE INDEX ix_risk_review_follow_up ON risk_review (follow_up_id);

CREATE TABLE breach (
    id              UUID          PRIMARY KEY,
    version         BIGINT        NOT NULL CHECK (version > 0),
    discovered_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    categories      VARCHAR(200)  NOT NULL,
    cause           VARCHAR(1000) NOT NULL,
    remedy          VARCHAR(1000) NOT NULL,
    recorded_by     VARCHAR(40)   NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE breach_case (
    breach_id       UUID          NOT NULL REFERENCES breach (id),
    beneficiary_id  UUID          NOT NULL REFERENCES beneficiary (id),
    PRIMARY KEY (breach_id, beneficiary_id)
);

CREATE TABLE breach_notification (
    breach_id       UUID          NOT NULL REFERENCES breach (id),
    party           VARCHAR(20)   NOT NULL CHECK (party IN ('PEOPLE_AFFECTED', 'SUPERVISORY_AGENCY')),
    notified_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by     VARCHAR(40)   NOT NULL,
    means           VARCHAR(500)  NOT NULL,
    PRIMARY KEY (breach_id, party)
);

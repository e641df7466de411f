-- Pulih schema, version 8 (issue 14, a case over the years): referrals end. Besides PENDING, ACCEPTED and REJECTED a
-- referral may be COMPLETED (its service delivered), WITHDRAWN (its service cancelled, its plan or case closed,
-- consent to disclosure withdrawn, or withdrawn by an officer) or EXPIRED (its period ran out), with the day it ended
-- and why. The status check of V3 was declared inline, without a name the two databases share, so the table is
-- built again under the new rules and the rows copied over.

CREATE TABLE service_referral_v8 (
    service_id       UUID          NOT NULL REFERENCES plan_service (id),
    seq              INTEGER       NOT NULL,
    partner          VARCHAR(40)   NOT NULL,
    referred_on      DATE          NOT NULL,
    referred_by      VARCHAR(64)   NOT NULL,
    override_reason  VARCHAR(1000) NOT NULL,
    status           VARCHAR(10)   NOT NULL,
    answered_on      DATE,
    answered_by      VARCHAR(64)   NOT NULL,
    reason           VARCHAR(1000) NOT NULL,
    ended_on         DATE,
    end_reason       VARCHAR(2000) NOT NULL,
    CONSTRAINT pk_service_referral PRIMARY KEY (service_id, seq),
    CONSTRAINT ck_referral_status CHECK (status IN ('PENDING', 'ACCEPTED', 'REJECTED', 'COMPLETED', 'WITHDRAWN',
        'EXPIRED')),
    CONSTRAINT ck_referral_answered CHECK ((status <> 'PENDING' OR answered_on IS NULL)
        AND (status NOT IN ('ACCEPTED', 'REJECTED', 'COMPLETED') OR answered_on IS NOT NULL)),
    CONSTRAINT ck_referral_rejected CHECK (status <> 'REJECTED' OR reason <> ''),
    CONSTRAINT ck_referral_ended CHECK ((status IN ('COMPLETED', 'WITHDRAWN', 'EXPIRED')) = (ended_on IS NOT NULL)
        AND (status IN ('COMPLETED', 'WITHDRAWN', 'EXPIRED')) = (end_reason <> ''))
);

-- Stored before V8, an accepted or pending referral stayed open for ever, even once its service was delivered or
-- cancelled or its plan closed: those end now, as the domain ends them (a closed plan, a delivered or cancelled
-- service has no open referral). A cancelled service kept no date, so its referral ends on the day of the migration.
INSERT INTO service_referral_v8 (service_id, seq, partner, referred_on, referred_by, override_reason, status,
        answered_on, answered_by, reason, ended_on, end_reason)
    SELECT r.service_id, r.seq, r.partner, r.referred_on, r.referred_by, r.override_reason,
        CASE
            WHEN r.status NOT IN ('PENDING', 'ACCEPTED') THEN r.status
            WHEN ps.status = 'DELIVERED' AND r.status = 'ACCEPTED' THEN 'COMPLETED'
            WHEN ps.status IN ('DELIVERED', 'CANCELLED') OR rp.status = 'CLOSED' THEN 'WITHDRAWN'
            ELSE r.status
        END,
        r.answered_on, r.answered_by, r.reason,
        CASE
            WHEN r.status NOT IN ('PENDING', 'ACCEPTED') THEN NULL
            WHEN ps.status = 'DELIVERED' THEN ps.delivered_on
            WHEN ps.status = 'CANCELLED' THEN CURRENT_DATE
            WHEN rp.status = 'CLOSED' THEN rp.closed_on
            ELSE NULL
        END,
        CASE
            WHEN r.status NOT IN ('PENDING', 'ACCEPTED') THEN ''
            WHEN ps.status = 'DELIVERED' THEN 'service delivered (ended by migration V8)'
            WHEN ps.status = 'CANCELLED' THEN 'service cancelled (ended by migration V8)'
            WHEN rp.status = 'CLOSED' THEN 'plan closed (ended by migration V8)'
            ELSE ''
        END
    FROM service_referral r
    JOIN plan_service ps ON ps.id = r.service_id
    JOIN reintegration_plan rp ON rp.id = ps.plan_id;

DROP TABLE service_referral;
ALTER TABLE service_referral_v8 RENAME TO service_referral;
-- a partner's reports and its view of the cases look up its open referrals
CREATE INDEX ix_referral_partner ON service_referral (partner, status);

-- Closing a case is decided by a supervisor: a case worker requests closure with the outcome, and a supervisor other
-- than the requester approves it (the case closes) or returns it with a reason. One pending request per registration
-- (OnePendingClosure), held by a unique index on a key that is set only while pending.
CREATE TABLE closure_request (
    id              UUID                     PRIMARY KEY,
    version         BIGINT                   NOT NULL CHECK (version > 0),
    beneficiary_id  UUID                     NOT NULL REFERENCES beneficiary (id),
    outcome         VARCHAR(30)              NOT NULL,
    note            VARCHAR(1000)            NOT NULL,
    requested_by    VARCHAR(64)              NOT NULL,
    requested_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    status          VARCHAR(8)               NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'RETURNED')),
    decided_by      VARCHAR(64)              NOT NULL,
    decided_at      TIMESTAMP WITH TIME ZONE,
    return_reason   VARCHAR(1000)            NOT NULL,
    pending_key     UUID GENERATED ALWAYS AS (CASE WHEN status = 'PENDING' THEN beneficiary_id END) ${stored},
    CONSTRAINT uq_closure_pending UNIQUE (pending_key),
    CONSTRAINT ck_closure_decided CHECK ((status = 'PENDING') = (decided_at IS NULL)),
    CONSTRAINT ck_closure_returned CHECK ((status = 'RETURNED') = (return_reason <> ''))
);
CREATE INDEX ix_closure_beneficiary ON closure_request (beneficiary_id, requested_at);

-- Consent to follow-up contact withdrawn: the visits still scheduled are marked not to contact, which takes them off
-- the due list and refuses their visit until consent is given again.
ALTER TABLE follow_up ADD COLUMN no_contact BOOLEAN DEFAULT FALSE NOT NULL;

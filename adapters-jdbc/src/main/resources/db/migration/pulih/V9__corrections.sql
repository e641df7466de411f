-- Pulih schema, version 9: a case over the years (issue 14). A record is corrected (rectification, UU PDP No. 27/2022
-- art. 6) with every change kept, the person's own bank account is on file, and an audit entry lists the fields a
-- change set, masked.

-- the person's own account, where a stimulus grant is paid unless the award names another: all three parts or none
ALTER TABLE beneficiary ADD COLUMN bank_code CHAR(3);
ALTER TABLE beneficiary ADD COLUMN account_number VARCHAR(20);
ALTER TABLE beneficiary ADD COLUMN account_holder VARCHAR(200);
ALTER TABLE beneficiary ADD CONSTRAINT ck_beneficiary_account
    CHECK ((bank_code IS NULL) = (account_number IS NULL) AND (bank_code IS NULL) = (account_holder IS NULL));

-- every correction of a case, one row per field it changed (a correction changes at least one), values masked
CREATE TABLE beneficiary_correction (
    beneficiary_id  UUID          NOT NULL REFERENCES beneficiary (id),
    seq             INT           NOT NULL,
    pos             INT           NOT NULL,
    corrected_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id        VARCHAR(64)   NOT NULL,
    reason          VARCHAR(1000) NOT NULL,
    field           VARCHAR(40)   NOT NULL,
    before_value    VARCHAR(1000) NOT NULL,
    after_value     VARCHAR(1000) NOT NULL,
    PRIMARY KEY (beneficiary_id, seq, pos)
);

-- the fields an audited change set, in order, values masked; append-only like the entry
CREATE TABLE audit_change (
    entry_id      UUID          NOT NULL REFERENCES audit_entry (id),
    pos           INT           NOT NULL,
    field         VARCHAR(40)   NOT NULL,
    before_value  VARCHAR(1000) NOT NULL,
    after_value   VARCHAR(1000) NOT NULL,
    PRIMARY KEY (entry_id, pos)
);

-- Pulih schema, version 5: every column that holds free text or a code is exactly as long as the domain's declared
-- maximum for it (id.pulih.shared.TextLimit), so that a text the forms and factories accept always fits and one
-- they refuse never reaches the database. Only widenings: no stored text is cut.
-- SET DATA TYPE keeps each column's NOT NULL and default on H2 and PostgreSQL alike.

-- the officer's reason (REASON, 1,000) after the outcome or "reopened: "
ALTER TABLE beneficiary_status_change ALTER COLUMN reason SET DATA TYPE VARCHAR(2000);
-- a shelter service's detail is a DETAIL, as a planned service's is
ALTER TABLE stay_service ALTER COLUMN detail SET DATA TYPE VARCHAR(500);
-- reasons are REASON long wherever they are given
ALTER TABLE repatriation ALTER COLUMN destination_reason SET DATA TYPE VARCHAR(1000);
ALTER TABLE repatriation ALTER COLUMN cancel_reason SET DATA TYPE VARCHAR(1000);
-- the escort is named as the receiving office is
ALTER TABLE repatriation ALTER COLUMN escort SET DATA TYPE VARCHAR(200);
-- an audit summary may quote one reason
ALTER TABLE audit_entry ALTER COLUMN summary SET DATA TYPE VARCHAR(2000);

-- Pulih schema, version 13: the officers named in the privacy tables (version 12) are actor ids, up to 64
-- characters like every other actor column; version 12 held them in 40.
ALTER TABLE subject_request ALTER COLUMN received_by SET DATA TYPE VARCHAR(64);
ALTER TABLE subject_request ALTER COLUMN decided_by SET DATA TYPE VARCHAR(64);
ALTER TABLE processing_restriction ALTER COLUMN restricted_by SET DATA TYPE VARCHAR(64);
ALTER TABLE erasure ALTER COLUMN erased_by SET DATA TYPE VARCHAR(64);
ALTER TABLE risk_review ALTER COLUMN objected_by SET DATA TYPE VARCHAR(64);
ALTER TABLE risk_review ALTER COLUMN reviewed_by SET DATA TYPE VARCHAR(64);
ALTER TABLE breach ALTER COLUMN recorded_by SET DATA TYPE VARCHAR(64);
ALTER TABLE breach_notification ALTER COLUMN recorded_by SET DATA TYPE VARCHAR(64);

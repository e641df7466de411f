-- Pulih schema, version 11 (issue 15): encryption at rest. With keys (a KeyProvider, a keyset file) each beneficiary
-- has a data key of its own, wrapped by the master key, in beneficiary_key; every sealed column below holds the base64
-- AES-GCM ciphertext of its value under that key, bound to its table, column and row. Without keys the same columns
-- hold the values as they are (plain mode, as before), and a database written so is sealed in place later, person by
-- person (pulih keys encrypt): a person without a key row is plain.
--
-- What stays in clear, so that reports stay SQL GROUP BY: region codes, sex, the birth YEAR (a new column), dates of
-- events, statuses, codes and amounts. Look-ups and uniqueness go through blind indexes (a PRF of the value, or the
-- value itself for a plain person): nik_index (the unique NIK), family_card_index, duplicate_index (normalised name,
-- birth date and regency); the normalised name itself is no longer stored. Scored duplicate matching blocks on the
-- origin regency and the birth year.
--
-- An empty text stays empty when sealed, so the checks on empty reasons keep their meaning.

-- the birth year in clear, for age in reports and the blocking of duplicate matching
ALTER TABLE beneficiary ADD COLUMN birth_year INTEGER;
UPDATE beneficiary SET birth_year = EXTRACT(YEAR FROM birth_date);
ALTER TABLE beneficiary ALTER COLUMN birth_year SET NOT NULL;

-- the blind indexes, filled with the plain values of the rows already stored
ALTER TABLE beneficiary ADD COLUMN nik_index VARCHAR(32);
ALTER TABLE beneficiary ADD COLUMN family_card_index VARCHAR(32);
ALTER TABLE beneficiary ADD COLUMN duplicate_index VARCHAR(220);
UPDATE beneficiary SET nik_index = nik, family_card_index = family_card,
    duplicate_index = name_key || '|' || CAST(birth_date AS VARCHAR(10)) || '|' || origin_regency;

DROP INDEX ix_beneficiary_duplicate;
DROP INDEX ix_beneficiary_block;
DROP INDEX ix_beneficiary_family_card;
ALTER TABLE beneficiary DROP CONSTRAINT uq_beneficiary_nik;
ALTER TABLE beneficiary DROP COLUMN name_key;

-- every sealed column wide enough for the ciphertext of its longest value (3 bytes a character in UTF-8, 28 of
-- nonce and tag, in base64: id.pulih.jdbc.crypto.Envelope.sealedLength)
ALTER TABLE beneficiary ALTER COLUMN name SET DATA TYPE VARCHAR(440);
ALTER TABLE beneficiary ALTER COLUMN birth_date SET DATA TYPE VARCHAR(80);
ALTER TABLE beneficiary ALTER COLUMN nik SET DATA TYPE VARCHAR(104);
ALTER TABLE beneficiary ALTER COLUMN family_card SET DATA TYPE VARCHAR(104);
ALTER TABLE beneficiary ALTER COLUMN phone SET DATA TYPE VARCHAR(104);
ALTER TABLE beneficiary ALTER COLUMN exploitation SET DATA TYPE VARCHAR(1640);
ALTER TABLE beneficiary ALTER COLUMN control SET DATA TYPE VARCHAR(2440);
ALTER TABLE beneficiary ALTER COLUMN sector SET DATA TYPE VARCHAR(160);
ALTER TABLE beneficiary ALTER COLUMN recruiter SET DATA TYPE VARCHAR(160);
ALTER TABLE beneficiary ALTER COLUMN account_number SET DATA TYPE VARCHAR(120);
ALTER TABLE beneficiary ALTER COLUMN account_holder SET DATA TYPE VARCHAR(840);
ALTER TABLE beneficiary_assessment ALTER COLUMN vulnerabilities SET DATA TYPE VARCHAR(840);
ALTER TABLE beneficiary_assessment ALTER COLUMN risks SET DATA TYPE VARCHAR(1640);
ALTER TABLE beneficiary_assessment ALTER COLUMN needs SET DATA TYPE VARCHAR(1640);
ALTER TABLE beneficiary_status_change ALTER COLUMN reason SET DATA TYPE VARCHAR(8040);
ALTER TABLE beneficiary_correction ALTER COLUMN reason SET DATA TYPE VARCHAR(4040);
ALTER TABLE beneficiary_correction ALTER COLUMN before_value SET DATA TYPE VARCHAR(4040);
ALTER TABLE beneficiary_correction ALTER COLUMN after_value SET DATA TYPE VARCHAR(4040);
ALTER TABLE potential_duplicate ALTER COLUMN note SET DATA TYPE VARCHAR(4040);
ALTER TABLE stay ALTER COLUMN discharge_note SET DATA TYPE VARCHAR(4040);
ALTER TABLE stay_service ALTER COLUMN detail SET DATA TYPE VARCHAR(2040);
ALTER TABLE repatriation ALTER COLUMN destination_reason SET DATA TYPE VARCHAR(4040);
ALTER TABLE repatriation ALTER COLUMN cancel_reason SET DATA TYPE VARCHAR(4040);
ALTER TABLE access_grant ALTER COLUMN reason SET DATA TYPE VARCHAR(4040);
ALTER TABLE access_log ALTER COLUMN purpose SET DATA TYPE VARCHAR(4040);
ALTER TABLE audit_entry ALTER COLUMN summary SET DATA TYPE VARCHAR(8040);
ALTER TABLE audit_change ALTER COLUMN before_value SET DATA TYPE VARCHAR(4040);
ALTER TABLE audit_change ALTER COLUMN after_value SET DATA TYPE VARCHAR(4040);
ALTER TABLE enrolment ALTER COLUMN override_reason SET DATA TYPE VARCHAR(4040);
ALTER TABLE award ALTER COLUMN account_number SET DATA TYPE VARCHAR(120);
ALTER TABLE award ALTER COLUMN account_holder SET DATA TYPE VARCHAR(840);
ALTER TABLE payment ALTER COLUMN account_number SET DATA TYPE VARCHAR(120);
ALTER TABLE payment ALTER COLUMN account_holder SET DATA TYPE VARCHAR(840);
ALTER TABLE proposal ALTER COLUMN summary SET DATA TYPE VARCHAR(8040);
ALTER TABLE proposal ALTER COLUMN reason SET DATA TYPE VARCHAR(4040);
ALTER TABLE reintegration_plan ALTER COLUMN close_reason SET DATA TYPE VARCHAR(4040);
ALTER TABLE plan_goal ALTER COLUMN goal SET DATA TYPE VARCHAR(2040);
ALTER TABLE plan_service ALTER COLUMN detail SET DATA TYPE VARCHAR(2040);
ALTER TABLE plan_service ALTER COLUMN cancel_reason SET DATA TYPE VARCHAR(4040);
ALTER TABLE service_referral ALTER COLUMN override_reason SET DATA TYPE VARCHAR(4040);
ALTER TABLE service_referral ALTER COLUMN reason SET DATA TYPE VARCHAR(4040);
ALTER TABLE service_referral ALTER COLUMN end_reason SET DATA TYPE VARCHAR(8040);
ALTER TABLE follow_up ALTER COLUMN observed SET DATA TYPE VARCHAR(4040);
ALTER TABLE follow_up ALTER COLUMN notes SET DATA TYPE VARCHAR(4040);
ALTER TABLE follow_up_contribution ALTER COLUMN factor SET DATA TYPE VARCHAR(200);
ALTER TABLE closure_request ALTER COLUMN note SET DATA TYPE VARCHAR(4040);
ALTER TABLE closure_request ALTER COLUMN return_reason SET DATA TYPE VARCHAR(4040);

ALTER TABLE beneficiary ADD CONSTRAINT uq_beneficiary_nik UNIQUE (nik_index);
CREATE INDEX ix_beneficiary_duplicate ON beneficiary (duplicate_index);
CREATE INDEX ix_beneficiary_block ON beneficiary (origin_regency, birth_year);
CREATE INDEX ix_beneficiary_family_card ON beneficiary (family_card_index);

-- the audit entry's person (the case its record belongs to), whose key seals its summary and changes; null for an
-- entry about no case, or written before this version
ALTER TABLE audit_entry ADD COLUMN subject_id UUID;

-- a beneficiary's data key wrapped by the master key; cleared when the person is shredded (crypto-shredding), when
-- every sealed value of the person becomes unreadable at once, the time kept
CREATE TABLE beneficiary_key (
    person_id       UUID          PRIMARY KEY REFERENCES beneficiary (id),
    wrapped         VARCHAR(1000),
    shredded_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT ck_beneficiary_key_shredded CHECK ((wrapped IS NULL) = (shredded_at IS NOT NULL))
);

-- the key check of an encrypted database, written at the first open with keys: a canary sealed by the master key and
-- a fingerprint of the blind-index key. A database with this row is never opened without keys, nor with others.
CREATE TABLE store_key_check (
    id           INTEGER       PRIMARY KEY CHECK (id = 1),
    canary       VARCHAR(1000) NOT NULL,
    fingerprint  VARCHAR(64)   NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Pulih schema, version 10: scored potential duplicates (issue 14). A flagged pair keeps its score and the parts of
-- it (id.pulih.beneficiary.DuplicateScore); pairs flagged before this version matched by the exact rule (same
-- normalised name, birth date and regency), which scores 1 with name, birth and regency 1 and the family card unknown.
-- The candidates of a registration are looked up by index: its origin regency and a birth-date range, or its family
-- card (also the household list); the pairs of a case by either side.

ALTER TABLE potential_duplicate ADD COLUMN score DOUBLE PRECISION DEFAULT 1 NOT NULL;
ALTER TABLE potential_duplicate ADD COLUMN name_part DOUBLE PRECISION DEFAULT 1 NOT NULL;
ALTER TABLE potential_duplicate ADD COLUMN birth_part DOUBLE PRECISION DEFAULT 1 NOT NULL;
ALTER TABLE potential_duplicate ADD COLUMN regency_part DOUBLE PRECISION DEFAULT 1 NOT NULL;
ALTER TABLE potential_duplicate ADD COLUMN family_card_part DOUBLE PRECISION;
ALTER TABLE potential_duplicate ADD CONSTRAINT ck_potential_duplicate_score CHECK (
    score BETWEEN 0 AND 1 AND name_part BETWEEN 0 AND 1 AND birth_part BETWEEN 0 AND 1
    AND regency_part BETWEEN 0 AND 1 AND (family_card_part IS NULL OR family_card_part BETWEEN 0 AND 1));

CREATE INDEX ix_beneficiary_block ON beneficiary (origin_regency, birth_date);
CREATE INDEX ix_beneficiary_family_card ON beneficiary (family_card);
CREATE INDEX ix_potential_duplicate_registered ON potential_duplicate (registered);
CREATE INDEX ix_potential_duplicate_existing ON potential_duplicate (existing);

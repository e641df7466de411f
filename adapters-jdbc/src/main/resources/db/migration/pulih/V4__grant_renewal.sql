-- Pulih schema, version 4: a break-the-glass grant may be a renewal, made by a supervisor of the case's
-- jurisdiction other than its holder, starting when the holder's latest grant lapses. One grant in force per officer
-- and case at any instant (the domain's OneGrantPerOfficer) is checked by the store before it inserts: an overlap of
-- time windows is not a constraint both H2 and PostgreSQL can express.

ALTER TABLE access_grant ADD COLUMN renewed_by VARCHAR(64);

-- the list of grants since an instant (Oversight.grants) reads by expiry
CREATE INDEX ix_access_grant_expiry ON access_grant (expires_at);

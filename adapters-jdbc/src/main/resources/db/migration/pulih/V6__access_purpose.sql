-- Pulih schema, version 6: an identified export (Cases.disclose) states its purpose, and every case it discloses is in
-- the access log with that purpose. Other reads state none.

ALTER TABLE access_log ADD COLUMN purpose VARCHAR(1000);

-- Open Referral HSDS ids (UUID text) for what `sammen import/export hsds` exchanges.
-- NULL until an import stores the id from a file; an export then derives a stable UUID v5.
-- Unique per municipality; NULLs never collide on either backend.
ALTER TABLE organisation ADD COLUMN hsds_id TEXT;
ALTER TABLE offer ADD COLUMN hsds_id TEXT;
ALTER TABLE place ADD COLUMN hsds_id TEXT;
CREATE UNIQUE INDEX organisation_hsds_id ON organisation (municipality_id, hsds_id);
CREATE UNIQUE INDEX offer_hsds_id ON offer (municipality_id, hsds_id);
CREATE UNIQUE INDEX place_hsds_id ON place (municipality_id, hsds_id);

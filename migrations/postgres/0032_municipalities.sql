-- Many municipalities in one deployment (issue 16): the hosts each answers on, its colour
-- and logo, and the name its mail is sent under.
-- Keep in step with ../sqlite/0032_municipalities.sql (the two are the same).

-- A host (lower case, no port) belongs to one municipality; a request's Host picks it.
CREATE TABLE municipality_host (
    host TEXT PRIMARY KEY,
    municipality_id BIGINT NOT NULL REFERENCES municipality(id) ON DELETE CASCADE
);
CREATE INDEX municipality_host_municipality ON municipality_host (municipality_id);

-- The header's colour as #rrggbb ('' = Sammen's own blue); checked for contrast with white text.
ALTER TABLE municipality ADD COLUMN header_colour TEXT NOT NULL DEFAULT '';
-- The logo as SVG text ('' = none), shown in the header and served at /kommune/logo.svg.
ALTER TABLE municipality ADD COLUMN logo_svg TEXT NOT NULL DEFAULT '';
-- The name mail goes out under ('' = "Sammen " and the short name).
ALTER TABLE municipality ADD COLUMN mail_name TEXT NOT NULL DEFAULT '';

-- Servers follow the change log per municipality.
CREATE INDEX change_log_municipality ON change_log (municipality_id, id);

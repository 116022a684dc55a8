-- The regional public transport timetable of a municipality: the checked GTFS zip,
-- clipped to the municipality (`sammen import gtfs`), one row each; replaced whole.
-- Keep in step with ../postgres/0019_transport_feed.sql.
CREATE TABLE transport_feed (
    municipality_id BIGINT PRIMARY KEY REFERENCES municipality(id) ON DELETE CASCADE,
    zip BLOB NOT NULL,
    imported_at BIGINT NOT NULL,
    -- What it holds, for the import's report and the pages: e.g. '412 stops, 31 routes, …'.
    summary TEXT NOT NULL
);

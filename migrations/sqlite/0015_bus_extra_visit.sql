-- Den Glade Bus on chosen dates (a town festival, a summer Saturday): visits outside the
-- weekly pattern, also within a pause. Keep in step with ../postgres/0015_bus_extra_visit.sql.
CREATE TABLE bus_extra_visit (
    id INTEGER PRIMARY KEY,
    municipality_id BIGINT NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
    stop_id BIGINT NOT NULL REFERENCES bus_stop(id) ON DELETE CASCADE,
    -- 'YYYY-MM-DD' and local 'HH:MM'.
    day TEXT NOT NULL,
    arrive TEXT NOT NULL,
    stay_minutes BIGINT NOT NULL CHECK (stay_minutes BETWEEN 5 AND 480),
    activities TEXT NOT NULL
);
CREATE INDEX bus_extra_visit_day ON bus_extra_visit (municipality_id, day);

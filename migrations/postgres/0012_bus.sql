-- Den Glade Bus: stops, the published weekly plan (a visit = a stop on a weekday at a
-- time, with a stay and what happens there), and yearly pauses (e.g. no tours in July).
-- Keep in step with ../sqlite/0012_bus.sql: only the id columns differ.

CREATE TABLE bus_stop (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_id BIGINT NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    name TEXT NOT NULL,
    town_id BIGINT REFERENCES town(id) ON DELETE SET NULL,
    lat DOUBLE PRECISION NOT NULL,
    lon DOUBLE PRECISION NOT NULL,
    -- Comma-separated accessibility codes, as for offers.
    accessibility TEXT NOT NULL,
    indoor_fallback TEXT NOT NULL,
    typical_visitors TEXT NOT NULL,
    UNIQUE (municipality_id, key)
);

CREATE TABLE bus_visit (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_id BIGINT NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
    stop_id BIGINT NOT NULL REFERENCES bus_stop(id) ON DELETE CASCADE,
    -- 0 = Monday.
    weekday BIGINT NOT NULL CHECK (weekday BETWEEN 0 AND 6),
    -- Local arrival 'HH:MM', Europe/Copenhagen.
    arrive TEXT NOT NULL,
    stay_minutes BIGINT NOT NULL CHECK (stay_minutes BETWEEN 5 AND 480),
    activities TEXT NOT NULL
);
CREATE INDEX bus_visit_day ON bus_visit (municipality_id, weekday, arrive);

CREATE TABLE bus_pause (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_id BIGINT NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
    -- 'MM-DD', every year; a pause may run over New Year (from > to).
    from_day TEXT NOT NULL,
    to_day TEXT NOT NULL,
    reason TEXT NOT NULL
);

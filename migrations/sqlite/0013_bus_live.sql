-- Den Glade Bus, second part: what the planner needs to know of each stop and of the
-- crew's day, a draft plan staff edit before publishing, the bus's live position and
-- "arrived"/"leaving" marks, and the bell (subscriptions to a stop).
-- Keep in step with ../postgres/0013_bus_live.sql: only the id columns differ.

-- Planning: visits a week, the weekdays allowed (0 = Monday, comma-separated), an
-- arrival window 'HH:MM' (both or neither), the stay, and what happens there by default.
ALTER TABLE bus_stop ADD COLUMN per_week BIGINT NOT NULL DEFAULT 1;
ALTER TABLE bus_stop ADD COLUMN days TEXT NOT NULL DEFAULT '0,1,2,3,4';
ALTER TABLE bus_stop ADD COLUMN window_from TEXT;
ALTER TABLE bus_stop ADD COLUMN window_to TEXT;
ALTER TABLE bus_stop ADD COLUMN stay_minutes BIGINT NOT NULL DEFAULT 60;
ALTER TABLE bus_stop ADD COLUMN activities TEXT NOT NULL DEFAULT 'kaffe,snak';

-- The crew's day: where the bus sleeps and when a shift starts and ends (local 'HH:MM').
CREATE TABLE bus_settings (
    municipality_id BIGINT PRIMARY KEY REFERENCES municipality(id) ON DELETE CASCADE,
    depot_name TEXT NOT NULL,
    depot_lat DOUBLE PRECISION NOT NULL,
    depot_lon DOUBLE PRECISION NOT NULL,
    shift_start TEXT NOT NULL,
    shift_end TEXT NOT NULL
);

-- The plan staff are working on; published by copying it into bus_visit.
CREATE TABLE bus_draft_visit (
    id INTEGER PRIMARY KEY,
    municipality_id BIGINT NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
    stop_id BIGINT NOT NULL REFERENCES bus_stop(id) ON DELETE CASCADE,
    weekday BIGINT NOT NULL CHECK (weekday BETWEEN 0 AND 6),
    arrive TEXT NOT NULL,
    stay_minutes BIGINT NOT NULL CHECK (stay_minutes BETWEEN 5 AND 480),
    activities TEXT NOT NULL
);
CREATE INDEX bus_draft_visit_day ON bus_draft_visit (municipality_id, weekday, arrive);

-- Where the bus was (from the crew's phone). Kept two days (housekeeping).
CREATE TABLE bus_fix (
    id INTEGER PRIMARY KEY,
    municipality_id BIGINT NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
    at BIGINT NOT NULL,
    lat DOUBLE PRECISION NOT NULL,
    lon DOUBLE PRECISION NOT NULL,
    accuracy_m DOUBLE PRECISION
);
CREATE INDEX bus_fix_at ON bus_fix (municipality_id, at);

-- "Arrived" / "leaving" pressed by the crew for a stop on a date ('YYYY-MM-DD').
CREATE TABLE bus_mark (
    id INTEGER PRIMARY KEY,
    municipality_id BIGINT NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
    stop_id BIGINT NOT NULL REFERENCES bus_stop(id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    arrive TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('arrived', 'left')),
    at BIGINT NOT NULL,
    UNIQUE (municipality_id, stop_id, day, arrive, kind)
);

-- The bell: an address (e-mail, or a Web Push endpoint with its keys) and a stop; nothing
-- else about the person. lead_minutes: "about N minutes away" (NULL: not wanted).
CREATE TABLE bus_subscription (
    id INTEGER PRIMARY KEY,
    municipality_id BIGINT NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
    stop_id BIGINT NOT NULL REFERENCES bus_stop(id) ON DELETE CASCADE,
    channel TEXT NOT NULL CHECK (channel IN ('email', 'push')),
    address TEXT NOT NULL,
    p256dh TEXT,
    auth TEXT,
    lead_minutes BIGINT CHECK (lead_minutes IN (10, 20, 30)),
    day_before BIGINT NOT NULL CHECK (day_before IN (0, 1)),
    confirmed BIGINT NOT NULL CHECK (confirmed IN (0, 1)),
    -- The language the messages are written in ('da', 'en').
    lang TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (stop_id, address)
);

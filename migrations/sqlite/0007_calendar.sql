-- The community calendar: events (single or every N weeks), changes to one occurrence,
-- seats taken per occurrence, and sign-ups (no account; a private link per sign-up).
-- Keep in step with ../postgres/0007_calendar.sql: only the id columns differ.

CREATE TABLE event (
    id INTEGER PRIMARY KEY,
    municipality_id BIGINT NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
    organisation_id BIGINT NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
    offer_id BIGINT REFERENCES offer(id) ON DELETE SET NULL,
    place_id BIGINT REFERENCES place(id),
    town_id BIGINT REFERENCES town(id),
    online BIGINT NOT NULL,
    address TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('spis-sammen', 'pop-up', 'foreningsdag', 'aabent-hus', 'andet')),
    life_arena TEXT CHECK (life_arena IN ('home', 'school', 'leisure', 'work', 'health')),
    target_groups TEXT NOT NULL,
    age_min BIGINT NOT NULL CHECK (age_min BETWEEN 0 AND 120),
    age_max BIGINT NOT NULL CHECK (age_max BETWEEN 0 AND 120),
    -- Local wall-clock start of the first occurrence, Europe/Copenhagen: 'YYYY-MM-DDTHH:MM'.
    start_local TEXT NOT NULL,
    duration_minutes BIGINT NOT NULL CHECK (duration_minutes BETWEEN 1 AND 1440),
    -- 0: one occurrence; N: every N weeks, at the same local time.
    every_weeks BIGINT NOT NULL CHECK (every_weeks BETWEEN 0 AND 4),
    -- For a series: how many occurrences (0: no end).
    occurrence_count BIGINT NOT NULL,
    price_dkk BIGINT NOT NULL CHECK (price_dkk >= 0),
    -- NULL: no limit.
    capacity BIGINT CHECK (capacity > 0),
    signup_required BIGINT NOT NULL,
    signup_closes_hours BIGINT NOT NULL,
    needs_contact BIGINT NOT NULL,
    bring TEXT NOT NULL,
    accessibility TEXT NOT NULL,
    cancelled BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CHECK (age_min <= age_max)
);
CREATE INDEX event_municipality ON event (municipality_id);

-- One occurrence cancelled or moved; identified by its original local date.
CREATE TABLE event_exception (
    event_id BIGINT NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    occurrence_date TEXT NOT NULL,
    cancelled BIGINT NOT NULL,
    start_local TEXT,
    duration_minutes BIGINT,
    PRIMARY KEY (event_id, occurrence_date)
);

-- Seats taken per occurrence. A sign-up takes seats with one conditional UPDATE
-- (taken + n <= capacity), so capacity holds under any number of simultaneous sign-ups.
CREATE TABLE event_seats (
    event_id BIGINT NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    occurrence_date TEXT NOT NULL,
    taken BIGINT NOT NULL CHECK (taken >= 0),
    PRIMARY KEY (event_id, occurrence_date)
);

-- Deleted 30 days after the occurrence by housekeeping: names and contacts are kept
-- only as long as the organiser needs them.
CREATE TABLE signup (
    id INTEGER PRIMARY KEY,
    event_id BIGINT NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    occurrence_date TEXT NOT NULL,
    name TEXT NOT NULL,
    phone TEXT NOT NULL,
    email TEXT NOT NULL,
    people BIGINT NOT NULL CHECK (people BETWEEN 1 AND 50),
    is_group BIGINT NOT NULL,
    group_note TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('confirmed', 'waitlist', 'cancelled')),
    token_hash TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX signup_occurrence ON signup (event_id, occurrence_date, status, id);

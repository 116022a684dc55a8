-- Foundation schema (PostgreSQL). Keep in step with ../sqlite/0001_foundation.sql:
-- the only differences are the id columns and nothing else.
-- Conventions: times are unix seconds (BIGINT), dates are 'YYYY-MM-DD' text,
-- flags are 0/1 integers (the sqlx Any driver carries no booleans from SQLite; same on both).

CREATE TABLE municipality (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    short_name TEXT NOT NULL,
    code BIGINT,
    contact_email TEXT NOT NULL,
    contact_phone TEXT NOT NULL,
    address TEXT NOT NULL,
    website TEXT NOT NULL,
    center_lat DOUBLE PRECISION NOT NULL,
    center_lon DOUBLE PRECISION NOT NULL,
    texts_json TEXT NOT NULL,
    is_demo BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL
);

CREATE TABLE phone_line (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_id BIGINT NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    name TEXT NOT NULL,
    phone TEXT NOT NULL,
    hours TEXT NOT NULL,
    description TEXT NOT NULL
);

CREATE TABLE town (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_id BIGINT NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    lat DOUBLE PRECISION NOT NULL,
    lon DOUBLE PRECISION NOT NULL,
    approximate BIGINT NOT NULL,
    population BIGINT,
    source_url TEXT NOT NULL,
    UNIQUE (municipality_id, name)
);

CREATE TABLE place (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_id BIGINT NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
    town_id BIGINT REFERENCES town(id),
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    address TEXT NOT NULL,
    lat DOUBLE PRECISION NOT NULL,
    lon DOUBLE PRECISION NOT NULL,
    approximate BIGINT NOT NULL,
    is_station BIGINT NOT NULL,
    source_url TEXT NOT NULL,
    UNIQUE (municipality_id, name)
);

CREATE TABLE organisation (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_id BIGINT NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
    slug TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    description TEXT NOT NULL,
    email TEXT NOT NULL,
    phone TEXT NOT NULL,
    website TEXT NOT NULL,
    town_id BIGINT REFERENCES town(id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (municipality_id, slug)
);

CREATE TABLE offer (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_id BIGINT NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
    organisation_id BIGINT NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    short_description TEXT NOT NULL,
    description TEXT NOT NULL,
    age_min BIGINT NOT NULL CHECK (age_min BETWEEN 0 AND 120),
    age_max BIGINT NOT NULL CHECK (age_max BETWEEN 0 AND 120),
    cost_kind TEXT NOT NULL CHECK (cost_kind IN ('free', 'amount', 'ask')),
    cost_amount_dkk BIGINT,
    cost_note TEXT NOT NULL,
    how_to_join TEXT NOT NULL CHECK (how_to_join IN ('show_up', 'sign_up', 'contact_first')),
    newcomers_welcome BIGINT NOT NULL,
    bring_someone BIGINT NOT NULL,
    ambassador_can_join BIGINT NOT NULL,
    channel TEXT NOT NULL CHECK (channel IN ('in_person', 'phone', 'online')),
    place_id BIGINT REFERENCES place(id),
    town_id BIGINT REFERENCES town(id),
    address TEXT NOT NULL,
    schedule_rrule TEXT NOT NULL,
    start_time TEXT NOT NULL,
    end_time TEXT NOT NULL,
    languages TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('active', 'paused', 'ended')),
    last_confirmed_on TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CHECK (age_min <= age_max)
);
CREATE INDEX offer_municipality ON offer (municipality_id, status);

-- Offer facets: one row per value. Reached through their offer, so they carry no municipality_id.
CREATE TABLE offer_life_arena (
    offer_id BIGINT NOT NULL REFERENCES offer(id) ON DELETE CASCADE,
    life_arena TEXT NOT NULL CHECK (life_arena IN ('home', 'school', 'leisure', 'work', 'health')),
    PRIMARY KEY (offer_id, life_arena)
);
CREATE TABLE offer_target_group (
    offer_id BIGINT NOT NULL REFERENCES offer(id) ON DELETE CASCADE,
    target_group TEXT NOT NULL,
    PRIMARY KEY (offer_id, target_group)
);
CREATE TABLE offer_activity_type (
    offer_id BIGINT NOT NULL REFERENCES offer(id) ON DELETE CASCADE,
    activity_type TEXT NOT NULL,
    PRIMARY KEY (offer_id, activity_type)
);
CREATE TABLE offer_accessibility (
    offer_id BIGINT NOT NULL REFERENCES offer(id) ON DELETE CASCADE,
    feature TEXT NOT NULL,
    PRIMARY KEY (offer_id, feature)
);

-- Every write to public data appends here, in the same transaction. Each server polls the
-- highest id and rebuilds its derived state when it moves.
CREATE TABLE change_log (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_id BIGINT,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    changed_at BIGINT NOT NULL
);

-- Durable background jobs with leases: a job is claimed by one worker until its lease ends.
CREATE TABLE job (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_id BIGINT,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    unique_key TEXT UNIQUE,
    run_at BIGINT NOT NULL,
    attempts BIGINT NOT NULL DEFAULT 0,
    max_attempts BIGINT NOT NULL,
    locked_by TEXT,
    locked_until BIGINT,
    done_at BIGINT,
    failed_at BIGINT,
    last_error TEXT,
    created_at BIGINT NOT NULL
);
CREATE INDEX job_due ON job (run_at) WHERE done_at IS NULL AND failed_at IS NULL;

-- Ambassadors (ambassadører): public profiles that show only what the ambassador chooses,
-- the training modules and who completed which when.
-- Keep in step with ../postgres/0009_ambassadors.sql: only the id columns differ.

CREATE TABLE ambassador (
    id INTEGER PRIMARY KEY,
    municipality_id BIGINT NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
    -- The sign-in of the person behind the profile, when they have one.
    account_id BIGINT REFERENCES account(id) ON DELETE SET NULL,
    first_name TEXT NOT NULL,
    about TEXT NOT NULL,
    -- When they can be reached, in their own words ("Hverdage kl. 9–15").
    reachable TEXT NOT NULL,
    -- Comma-separated codes: target groups, settings (skole, plejecenter, …), languages.
    target_groups TEXT NOT NULL,
    settings TEXT NOT NULL,
    languages TEXT NOT NULL,
    -- 0: hidden from the public list (e.g. on leave).
    published BIGINT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX ambassador_municipality ON ambassador (municipality_id);

CREATE TABLE ambassador_town (
    ambassador_id BIGINT NOT NULL REFERENCES ambassador(id) ON DELETE CASCADE,
    town_id BIGINT NOT NULL REFERENCES town(id) ON DELETE CASCADE,
    PRIMARY KEY (ambassador_id, town_id)
);

CREATE TABLE training_module (
    id INTEGER PRIMARY KEY,
    municipality_id BIGINT NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    material TEXT NOT NULL,
    minutes BIGINT NOT NULL CHECK (minutes BETWEEN 1 AND 10000),
    UNIQUE (municipality_id, code)
);

CREATE TABLE training_completion (
    ambassador_id BIGINT NOT NULL REFERENCES ambassador(id) ON DELETE CASCADE,
    module_id BIGINT NOT NULL REFERENCES training_module(id) ON DELETE CASCADE,
    -- Local date 'YYYY-MM-DD'.
    completed_on TEXT NOT NULL,
    PRIMARY KEY (ambassador_id, module_id)
);

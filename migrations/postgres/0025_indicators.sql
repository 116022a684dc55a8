-- Sammen's own indicators (issue 18), anonymous and aggregated. Nothing here names or
-- points at a person; every count about people is shown only through the one disclosure
-- rule (src/domain/disclosure.rs). Keep in step with ../sqlite/0025_indicators.sql
-- (the same on both).

-- Sign-ups counted before the sign-ups themselves are deleted (30 days after their date,
-- by housekeeping): one row per month of the occurrence, life arena and town of the event
-- ('' when it has none: online, or not classified), and whether it was a first sign-up
-- (no earlier sign-up with the same e-mail or phone among those kept then).
-- A kept sign-up's "first" is frozen before earlier ones are deleted (NULL until then:
-- worked out from the sign-ups kept).
ALTER TABLE signup ADD COLUMN first_time BIGINT;
CREATE TABLE signup_tally (
    municipality_id BIGINT NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
    month TEXT NOT NULL,
    life_arena TEXT NOT NULL,
    town TEXT NOT NULL,
    first_time BIGINT NOT NULL CHECK (first_time IN (0, 1)),
    signups BIGINT NOT NULL,
    PRIMARY KEY (municipality_id, month, life_arena, town, first_time)
);

-- "Find dit fællesskab" reached its list of suggestions: a count per month, nothing else.
CREATE TABLE guide_tally (
    municipality_id BIGINT NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
    month TEXT NOT NULL,
    completions BIGINT NOT NULL,
    PRIMARY KEY (municipality_id, month)
);

-- The bus crew's headcount at a visit (a stop on a day at a planned time): how many came.
-- A new count for the same visit replaces the old.
CREATE TABLE bus_headcount (
    municipality_id BIGINT NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
    stop_id BIGINT NOT NULL REFERENCES bus_stop(id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    arrive TEXT NOT NULL,
    people BIGINT NOT NULL CHECK (people BETWEEN 0 AND 500),
    recorded_at BIGINT NOT NULL,
    PRIMARY KEY (municipality_id, stop_id, day, arrive)
);

-- The self-check's two optional questions (transport; talking about loneliness), counted
-- only with the same tick as the scale: month, question, answer. Not linked to the
-- scale's count, nor the two to each other.
CREATE TABLE selfcheck_extra_tally (
    municipality_id BIGINT NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
    month TEXT NOT NULL,
    question TEXT NOT NULL CHECK (question IN ('transport', 'tale')),
    answer TEXT NOT NULL CHECK (answer IN ('ja', 'nej', 'ved-ikke')),
    count BIGINT NOT NULL,
    PRIMARY KEY (municipality_id, month, question, answer)
);

-- The class pulse (issue 20): a teacher opens it for one class for one day; pupils answer
-- by its code, without an account. SQLite: the answers are a WITHOUT ROWID table, so no
-- hidden rowid keeps their order either.
CREATE TABLE class_pulse (
    id INTEGER PRIMARY KEY,
    class_id BIGINT NOT NULL REFERENCES school_class(id) ON DELETE CASCADE,
    -- The code pupils type. Kept plainly: the teacher's page shows it again while it is
    -- open, it opens nothing but this one anonymous form until `closes_at`, and the
    -- answers it lets in are limited per pulse (src/limits.rs, PULSE).
    code TEXT NOT NULL,
    -- The day it was opened (YYYY-MM-DD, Copenhagen) and when it closes (end of that day).
    opened_on TEXT NOT NULL,
    closes_at BIGINT NOT NULL,
    opened_by BIGINT REFERENCES account(id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX class_pulse_code ON class_pulse (code, closes_at);
CREATE INDEX class_pulse_class ON class_pulse (class_id);

-- One pupil's answers. Nothing that could point to a pupil: the pulse, the day (a date,
-- no time), the answers. The id is random (32 hex characters), not a sequence, so the
-- order of the rows says nothing about who answered first.
CREATE TABLE pulse_answer (
    id TEXT PRIMARY KEY,
    pulse_id BIGINT NOT NULL REFERENCES class_pulse(id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    -- The three-item scale, each 1 (almost never) to 3 (often).
    lacks_company BIGINT NOT NULL CHECK (lacks_company BETWEEN 1 AND 3),
    left_out BIGINT NOT NULL CHECK (left_out BETWEEN 1 AND 3),
    alone_with_others BIGINT NOT NULL CHECK (alone_with_others BETWEEN 1 AND 3),
    -- Someone to be with in the breaks: 'ja', 'nogle-gange', 'nej'.
    breaks TEXT NOT NULL CHECK (breaks IN ('ja', 'nogle-gange', 'nej'))
) WITHOUT ROWID;

-- The young (issue 20): online communities that are good for the young, and groups the
-- young start with a supporting adult.
-- Keep in step with ../sqlite/0031_young.sql: only the id columns (and SQLite's WITHOUT ROWID) differ.

-- What moderators say about an offer for the young, beside the offer (the offer form and
-- its moderation never touch it, so a member's edit keeps it). One row per marked offer.
CREATE TABLE offer_youth (
    offer_id BIGINT PRIMARY KEY REFERENCES offer(id) ON DELETE CASCADE,
    -- A good online community for the young: all three, and the offer is online.
    moderated BIGINT NOT NULL DEFAULT 0 CHECK (moderated IN (0, 1)),
    adults_present BIGINT NOT NULL DEFAULT 0 CHECK (adults_present IN (0, 1)),
    free_to_join BIGINT NOT NULL DEFAULT 0 CHECK (free_to_join IN (0, 1)),
    -- Started by young people, vouched for by an adult: the adult's first name only.
    youth_led BIGINT NOT NULL DEFAULT 0 CHECK (youth_led IN (0, 1)),
    adult_first_name TEXT NOT NULL DEFAULT '',
    updated_at BIGINT NOT NULL
);

-- A group young people (15–25) want to start, waiting for its supporting adult's word and
-- then for the moderators (as a suggestion, `submission_id`). The adult's private link is
-- kept as its SHA-256 only.
CREATE TABLE youth_group (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_id BIGINT NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
    -- The group as the offer form holds it (JSON of an OfferDraft).
    proposal TEXT NOT NULL,
    young_first_name TEXT NOT NULL,
    young_age BIGINT NOT NULL CHECK (young_age BETWEEN 15 AND 25),
    young_email TEXT NOT NULL,
    adult_name TEXT NOT NULL,
    adult_email TEXT NOT NULL,
    adult_phone TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL CHECK (status IN ('waiting', 'vouched')),
    submission_id BIGINT REFERENCES submission(id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    vouched_at BIGINT
);
CREATE INDEX youth_group_submission ON youth_group (submission_id);

-- The young's own voice: a question the municipality asks the young, open or closed, and
-- the initiative of the strategy it belongs to.
CREATE TABLE youth_question (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_id BIGINT NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
    question TEXT NOT NULL,
    is_open BIGINT NOT NULL DEFAULT 1 CHECK (is_open IN (0, 1)),
    initiative_id BIGINT REFERENCES strategy_initiative(id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL
);

-- One anonymous answer: the question, the day (a date, no time), the words, and where it
-- stands. No address, no account. The id is random (32 hex characters), so the order of
-- the rows says nothing about who answered first. A rejected answer's words are erased.
CREATE TABLE youth_answer (
    id TEXT PRIMARY KEY,
    question_id BIGINT NOT NULL REFERENCES youth_question(id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    body TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('new', 'published', 'rejected'))
);
CREATE INDEX youth_answer_question ON youth_answer (question_id, status);

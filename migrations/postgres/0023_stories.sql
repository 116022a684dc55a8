-- Stories of loneliness and of finding company (issue 19), shared without an account.
-- Nothing is public until an editor has read, edited and published it; the writer
-- withdraws it by the private link (only the token's SHA-256 is kept), and then the text
-- is erased, not hidden. Keep in step with ../sqlite/0023_stories.sql.
CREATE TABLE story (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_id BIGINT NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
    -- As the writer sent it (erased on withdrawal or rejection).
    body TEXT NOT NULL,
    -- What the editor publishes: the story with names and places taken out.
    published_body TEXT NOT NULL DEFAULT '',
    -- How the writer signs, e.g. 'Kvinde, 70 år' ('' = anonymous).
    signature TEXT NOT NULL DEFAULT '',
    -- Tags, '' when not given: a life arena code, an age band, a life situation.
    life_arena TEXT NOT NULL DEFAULT '',
    age_band TEXT NOT NULL DEFAULT '',
    situation TEXT NOT NULL DEFAULT '',
    -- 'new', 'published', 'rejected', 'withdrawn'.
    status TEXT NOT NULL CHECK (status IN ('new', 'published', 'rejected', 'withdrawn')),
    token_hash TEXT NOT NULL UNIQUE,
    -- The writer ticked the consent (a story is never stored without it).
    consented_at BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    published_at BIGINT
);
CREATE INDEX story_status ON story (municipality_id, status);

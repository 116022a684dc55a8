-- The local strategy as data (issue 18): goals per life arena and the initiatives that
-- work towards them — owner, working group, status, start and end, the offers and events
-- they run and the indicators on /tal that follow them. Kept by staff at /admin/strategi
-- (administrators and editors), shown at /strategi. Keep in step with
-- ../sqlite/0024_strategy.sql (they differ only in the id columns).
CREATE TABLE strategy_goal (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_id BIGINT NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
    -- A life arena's code (src/domain/mod.rs: LifeArena), e.g. 'leisure'.
    life_arena TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    updated_at BIGINT NOT NULL
);
CREATE INDEX strategy_goal_municipality ON strategy_goal (municipality_id, life_arena);

CREATE TABLE strategy_initiative (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_id BIGINT NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
    goal_id BIGINT NOT NULL REFERENCES strategy_goal(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    -- Who answers for it, e.g. 'Omsorg og Sundhed'.
    owner TEXT NOT NULL,
    -- The committee's sub-group, '' when none.
    working_group TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('planned', 'running', 'done', 'stopped')),
    -- YYYY-MM-DD, '' when not known.
    starts_on TEXT NOT NULL DEFAULT '',
    ends_on TEXT NOT NULL DEFAULT '',
    updated_at BIGINT NOT NULL
);
CREATE INDEX strategy_initiative_goal ON strategy_initiative (municipality_id, goal_id);

-- What an initiative links to: an offer's or an event's id, or an indicator's code
-- (src/strategy.rs: INDICATORS). Replaced whole when the initiative is saved.
CREATE TABLE strategy_link (
    initiative_id BIGINT NOT NULL REFERENCES strategy_initiative(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('offer', 'event', 'indicator')),
    target TEXT NOT NULL,
    position BIGINT NOT NULL,
    PRIMARY KEY (initiative_id, kind, target)
);

-- Anonymous counts from the loneliness self-check, only with the person's explicit consent:
-- municipality, month, age band and score (3–9). No time finer than a month, no person.
CREATE TABLE selfcheck_tally (
    municipality_id BIGINT NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
    month TEXT NOT NULL,
    age_band TEXT NOT NULL,
    score BIGINT NOT NULL CHECK (score BETWEEN 3 AND 9),
    count BIGINT NOT NULL,
    PRIMARY KEY (municipality_id, month, age_band, score)
);

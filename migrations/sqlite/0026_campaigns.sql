-- Campaign weeks (issue 19): a greeting week, "Odsherred spiser sammen". Staff write the
-- campaign (its dates, message and call to hosts); organisations take part by choosing the
-- campaign in the existing event form, and an editor or moderator accepts each event before
-- the campaign's page lists it. Keep in step with ../postgres/0026_campaigns.sql.
CREATE TABLE campaign (
    id INTEGER PRIMARY KEY,
    municipality_id BIGINT NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
    slug TEXT NOT NULL,
    title TEXT NOT NULL,
    -- Markdown, rendered safe as the written pages are.
    message TEXT NOT NULL,
    call_to_hosts TEXT NOT NULL,
    -- Local dates 'YYYY-MM-DD', both days included.
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL CHECK (ends_on >= starts_on),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (municipality_id, slug)
);

-- An event that takes part: 'waiting' until an editor or moderator has looked.
CREATE TABLE campaign_event (
    campaign_id BIGINT NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
    event_id BIGINT NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (status IN ('waiting', 'accepted', 'declined')),
    created_at BIGINT NOT NULL,
    PRIMARY KEY (campaign_id, event_id)
);
CREATE INDEX campaign_event_event ON campaign_event (event_id);

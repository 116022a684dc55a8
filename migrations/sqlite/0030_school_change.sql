-- A path through a school change (issue 20): what a school offers a child who starts or
-- moves there — its buddy scheme (a text), its welcome gatherings (events in the
-- calendar) and its welcome groups and clubs (offers), each link for one path or for
-- every path (''). Staff (an administrator or the school's teacher) keep them.
-- The same in ../sqlite and ../postgres: no id columns.
CREATE TABLE school_welcome (
    school_id BIGINT PRIMARY KEY REFERENCES school(id) ON DELETE CASCADE,
    buddy_scheme TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE school_welcome_event (
    school_id BIGINT NOT NULL REFERENCES school(id) ON DELETE CASCADE,
    event_id BIGINT NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    path TEXT NOT NULL CHECK (path IN ('', '0-klasse', '7-klasse', '10-klasse', 'efterskole', 'gymnasium', 'midt-i-aaret')),
    PRIMARY KEY (school_id, event_id)
);
CREATE INDEX school_welcome_event_event ON school_welcome_event (event_id);

CREATE TABLE school_welcome_offer (
    school_id BIGINT NOT NULL REFERENCES school(id) ON DELETE CASCADE,
    offer_id BIGINT NOT NULL REFERENCES offer(id) ON DELETE CASCADE,
    path TEXT NOT NULL CHECK (path IN ('', '0-klasse', '7-klasse', '10-klasse', 'efterskole', 'gymnasium', 'midt-i-aaret')),
    PRIMARY KEY (school_id, offer_id)
);
CREATE INDEX school_welcome_offer_offer ON school_welcome_offer (offer_id);

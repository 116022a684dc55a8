-- "Tal med en ambassadør" and "Gå med første gang": requests from citizens, relatives,
-- teachers and professionals — with contact details or fully anonymous (a private link,
-- stored only as a hash). Visible to the ambassador it is routed to and to coordinators;
-- deleted, not archived, a set time after it is closed.
-- Keep in step with ../postgres/0010_ambassador_requests.sql: only the id columns differ.

CREATE TABLE ambassador_request (
    id INTEGER PRIMARY KEY,
    municipality_id BIGINT NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('talk', 'accompany')),
    asker TEXT NOT NULL CHECK (asker IN ('self', 'relative', 'teacher', 'professional')),
    -- On someone's behalf: they know and agree.
    consent BIGINT NOT NULL,
    about TEXT NOT NULL,
    -- The offer or event to be accompanied to, in the person's words or from a link.
    wants_to_join TEXT NOT NULL,
    age_band TEXT NOT NULL,
    town_id BIGINT REFERENCES town(id) ON DELETE SET NULL,
    language TEXT NOT NULL,
    contact_name TEXT NOT NULL,
    phone TEXT NOT NULL,
    email TEXT NOT NULL,
    -- No contact details: the person reads replies by the private link.
    anonymous BIGINT NOT NULL,
    wanted_ambassador_id BIGINT REFERENCES ambassador(id) ON DELETE SET NULL,
    -- NULL: in the coordinators' queue.
    ambassador_id BIGINT REFERENCES ambassador(id) ON DELETE SET NULL,
    status TEXT NOT NULL CHECK (status IN ('new', 'accepted', 'closed')),
    token_hash TEXT NOT NULL UNIQUE,
    follow_up_on TEXT,
    -- The loneliness scale (3–9) at first contact, only with the person's consent.
    scale_before BIGINT CHECK (scale_before BETWEEN 3 AND 9),
    created_at BIGINT NOT NULL,
    accepted_at BIGINT,
    closed_at BIGINT
);
CREATE INDEX ambassador_request_queue ON ambassador_request (municipality_id, status, ambassador_id);

CREATE TABLE request_message (
    id INTEGER PRIMARY KEY,
    request_id BIGINT NOT NULL REFERENCES ambassador_request(id) ON DELETE CASCADE,
    -- 1: written by the person who asked; 0: by the ambassador or a coordinator.
    from_person BIGINT NOT NULL,
    author_name TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX request_message_request ON request_message (request_id, id);

-- The ambassador's own notes; never shown to the person.
CREATE TABLE request_note (
    id INTEGER PRIMARY KEY,
    request_id BIGINT NOT NULL REFERENCES ambassador_request(id) ON DELETE CASCADE,
    author_account_id BIGINT REFERENCES account(id) ON DELETE SET NULL,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

-- Outcomes, anonymous from the start: the scale at first contact and about three months
-- later, with the month of the second answer. No link to a request or a person.
CREATE TABLE ambassador_outcome (
    id INTEGER PRIMARY KEY,
    municipality_id BIGINT NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
    month TEXT NOT NULL,
    score_before BIGINT NOT NULL CHECK (score_before BETWEEN 3 AND 9),
    score_after BIGINT NOT NULL CHECK (score_after BETWEEN 3 AND 9)
);

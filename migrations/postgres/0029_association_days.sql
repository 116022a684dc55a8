-- Association days (issue 20): a school plans a day of time slots and rooms; associations
-- apply to show or let pupils try an activity; pupils choose in groups of friends by their
-- class's code. Keep in step with ../sqlite/0029_association_days.sql: only the id
-- columns differ.
CREATE TABLE association_day (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    school_id BIGINT NOT NULL REFERENCES school(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    -- YYYY-MM-DD, Copenhagen.
    day TEXT NOT NULL,
    -- 1 while pupils may choose (the teacher closes it; it closes by itself on the day).
    choosing BIGINT NOT NULL DEFAULT 1,
    plan_sent_at BIGINT,
    created_by BIGINT REFERENCES account(id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX association_day_school ON association_day (school_id, day);

CREATE TABLE association_day_slot (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    day_id BIGINT NOT NULL REFERENCES association_day(id) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    -- HH:MM local time.
    starts TEXT NOT NULL,
    ends TEXT NOT NULL,
    UNIQUE (day_id, position)
);

CREATE TABLE association_day_room (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    day_id BIGINT NOT NULL REFERENCES association_day(id) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    name TEXT NOT NULL,
    UNIQUE (day_id, position)
);

-- The classes taking part, each with the code its pupils type. Kept plainly, as a pulse
-- code is: it opens only this day's choice form while choosing is open, limited per client
-- and per day (src/limits.rs, ASSOCIATION_DAY).
CREATE TABLE association_day_class (
    day_id BIGINT NOT NULL REFERENCES association_day(id) ON DELETE CASCADE,
    class_id BIGINT NOT NULL REFERENCES school_class(id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    PRIMARY KEY (day_id, class_id)
);
CREATE INDEX association_day_class_code ON association_day_class (code);

-- An association's application: what it shows or lets the pupils try, and how many pupils
-- it meets in each slot. Accepted with a room for the whole day.
CREATE TABLE association_day_activity (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    day_id BIGINT NOT NULL REFERENCES association_day(id) ON DELETE CASCADE,
    organisation_id BIGINT NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('fortael', 'proev')),
    places BIGINT NOT NULL CHECK (places BETWEEN 1 AND 60),
    status TEXT NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'accepted', 'declined')),
    room_id BIGINT REFERENCES association_day_room(id) ON DELETE SET NULL,
    applied_by BIGINT REFERENCES account(id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (day_id, organisation_id, title)
);

-- A group of friends from one class: first names only, blanked by housekeeping the day
-- after (`names` = ''); the size stays for the timetables. The card's private link is
-- kept as its SHA-256 only.
CREATE TABLE association_day_group (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    day_id BIGINT NOT NULL REFERENCES association_day(id) ON DELETE CASCADE,
    class_id BIGINT NOT NULL REFERENCES school_class(id) ON DELETE CASCADE,
    names TEXT NOT NULL,
    size BIGINT NOT NULL CHECK (size BETWEEN 1 AND 6),
    card_hash TEXT NOT NULL UNIQUE
);
CREATE INDEX association_day_group_day ON association_day_group (day_id);

CREATE TABLE association_day_choice (
    group_id BIGINT NOT NULL REFERENCES association_day_group(id) ON DELETE CASCADE,
    slot_id BIGINT NOT NULL REFERENCES association_day_slot(id) ON DELETE CASCADE,
    activity_id BIGINT NOT NULL REFERENCES association_day_activity(id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, slot_id)
);
CREATE INDEX association_day_choice_activity ON association_day_choice (activity_id, slot_id);

-- Schools as places with people (issue 20): a school, its classes and its teachers.
-- Keep in step with ../sqlite/0027_schools.sql: only the id columns differ.
CREATE TABLE school (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_id BIGINT NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    town_id BIGINT NOT NULL REFERENCES town(id),
    created_at BIGINT NOT NULL,
    UNIQUE (municipality_id, name)
);

-- A class: grade 0–10 and a letter ("7.b"). No member list: Sammen never knows who is in it.
CREATE TABLE school_class (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    school_id BIGINT NOT NULL REFERENCES school(id) ON DELETE CASCADE,
    grade BIGINT NOT NULL CHECK (grade BETWEEN 0 AND 10),
    letter TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (school_id, grade, letter)
);

-- Which accounts teach at which school (the account also holds the role `teacher`).
CREATE TABLE school_teacher (
    school_id BIGINT NOT NULL REFERENCES school(id) ON DELETE CASCADE,
    account_id BIGINT NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    PRIMARY KEY (school_id, account_id)
);

-- A new role, `teacher`.
ALTER TABLE account_role DROP CONSTRAINT account_role_role_check;
ALTER TABLE account_role ADD CONSTRAINT account_role_role_check
    CHECK (role IN ('administrator', 'moderator', 'ambassador', 'bus_crew', 'editor', 'teacher'));

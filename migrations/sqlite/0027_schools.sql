-- Schools as places with people (issue 20): a school, its classes and its teachers.
-- Keep in step with ../postgres/0027_schools.sql: only the id columns differ.
CREATE TABLE school (
    id INTEGER PRIMARY KEY,
    municipality_id BIGINT NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    town_id BIGINT NOT NULL REFERENCES town(id),
    created_at BIGINT NOT NULL,
    UNIQUE (municipality_id, name)
);

-- A class: grade 0–10 and a letter ("7.b"). No member list: Sammen never knows who is in it.
CREATE TABLE school_class (
    id INTEGER PRIMARY KEY,
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

-- A new role, `teacher`. SQLite cannot change a CHECK, so the table is made anew with the
-- same rows (as in 0022).
CREATE TABLE account_role_new (
    account_id BIGINT NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('administrator', 'moderator', 'ambassador', 'bus_crew', 'editor', 'teacher')),
    PRIMARY KEY (account_id, role)
);
INSERT INTO account_role_new (account_id, role) SELECT account_id, role FROM account_role;
DROP TABLE account_role;
ALTER TABLE account_role_new RENAME TO account_role;

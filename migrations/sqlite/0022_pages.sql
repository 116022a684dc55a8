-- Pages staff write (issue 19): a page per address and language, every saved version
-- kept. The published version is the one citizens see; a newer version is a draft.
-- Keep in step with ../postgres/0022_pages.sql: only the id columns differ.
CREATE TABLE page (
    id INTEGER PRIMARY KEY,
    municipality_id BIGINT NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
    -- The address: /side/{slug} ('om-ensomhed' is also /om-ensomhed).
    slug TEXT NOT NULL,
    -- 'da' or 'en'.
    lang TEXT NOT NULL,
    -- 'borgere' (LIX goal 35) or 'unge' (LIX goal 25).
    audience TEXT NOT NULL,
    -- page_version.id of what citizens see; NULL until first published.
    published_version BIGINT,
    created_at BIGINT NOT NULL,
    UNIQUE (municipality_id, slug, lang)
);

CREATE TABLE page_version (
    id INTEGER PRIMARY KEY,
    page_id BIGINT NOT NULL REFERENCES page(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    -- Markdown.
    body TEXT NOT NULL,
    -- Who saved it (NULL: the demo loader or an account since deleted).
    account_id BIGINT REFERENCES account(id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX page_version_page ON page_version (page_id, id);

-- A new role, `editor`: writes and publishes pages. SQLite cannot change a CHECK, so the
-- table is made anew with the same rows.
CREATE TABLE account_role_new (
    account_id BIGINT NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('administrator', 'moderator', 'ambassador', 'bus_crew', 'editor')),
    PRIMARY KEY (account_id, role)
);
INSERT INTO account_role_new (account_id, role) SELECT account_id, role FROM account_role;
DROP TABLE account_role;
ALTER TABLE account_role_new RENAME TO account_role;

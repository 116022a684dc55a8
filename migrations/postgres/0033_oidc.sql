-- Staff sign-in through the municipality's own identity provider (OpenID Connect, issue 16).
-- Keep in step with ../sqlite/0033_oidc.sql: the two files are the same.

-- A municipality's identity provider. The client secret is never here: `secret_file` is
-- the path of a file on the servers that holds it.
CREATE TABLE municipality_oidc (
    municipality_id BIGINT PRIMARY KEY REFERENCES municipality(id) ON DELETE CASCADE,
    issuer TEXT NOT NULL,
    client_id TEXT NOT NULL,
    secret_file TEXT NOT NULL,
    -- The ID token's claim that lists the person's groups.
    group_claim TEXT NOT NULL DEFAULT 'groups',
    -- Scopes asked for, separated by spaces.
    scopes TEXT NOT NULL DEFAULT 'openid email profile groups',
    -- The button's text on /login, e.g. "Log ind med Odsherred Kommunes login".
    label TEXT NOT NULL,
    -- JSON: group name → list of role codes (`accounts::Role`).
    role_map TEXT NOT NULL DEFAULT '{}',
    enabled BIGINT NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    updated_at BIGINT NOT NULL
);

-- A sign-in under way: single use, 10 minutes. Only the SHA-256 of the random `state` is
-- kept; the nonce and the PKCE verifier are derived from the state with the server's
-- signing key (which is not in the database), so this table holds nothing that finishes
-- a sign-in.
CREATE TABLE oidc_pending (
    state_hash TEXT PRIMARY KEY,
    municipality_id BIGINT NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
    -- Where to go after signing in (a path on this site, checked again when used).
    next_path TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL
);
CREATE INDEX oidc_pending_created ON oidc_pending (created_at);

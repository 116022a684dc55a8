-- Accounts for those who run things, their sessions and one-time links, the audit log,
-- the mail outbox, offers waiting for moderation, and used form tokens.
-- Keep in step with ../sqlite/0006_accounts.sql: only the id columns and triggers differ.

CREATE TABLE account (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_id BIGINT NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
    email TEXT NOT NULL,
    name TEXT NOT NULL,
    -- NULL until an invited person sets a password.
    password_hash TEXT,
    email_confirmed_at BIGINT,
    created_at BIGINT NOT NULL,
    UNIQUE (municipality_id, email)
);

CREATE TABLE account_role (
    account_id BIGINT NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('administrator', 'moderator', 'ambassador', 'bus_crew')),
    PRIMARY KEY (account_id, role)
);

-- Organisation member is a role per organisation.
CREATE TABLE membership (
    account_id BIGINT NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    organisation_id BIGINT NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
    PRIMARY KEY (account_id, organisation_id)
);
CREATE INDEX membership_organisation ON membership (organisation_id);

-- The cookie holds a random token; only its SHA-256 is stored.
CREATE TABLE session (
    token_hash TEXT PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX session_account ON session (account_id);

-- Links sent by mail: confirm an address, reset a password, accept an invitation,
-- confirm an offer is still right. Only the SHA-256 of the token is stored.
CREATE TABLE action_token (
    token_hash TEXT PRIMARY KEY,
    purpose TEXT NOT NULL CHECK (purpose IN ('confirm_email', 'reset_password', 'invite', 'confirm_offer')),
    account_id BIGINT REFERENCES account(id) ON DELETE CASCADE,
    subject_id BIGINT,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);

CREATE TABLE login_failure (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    failure_key TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX login_failure_key ON login_failure (failure_key, at);

-- Append-only: the triggers refuse UPDATE and DELETE. The actor is an account id with no
-- foreign key, so entries outlive a deleted account and carry no personal data.
CREATE TABLE audit_log (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_id BIGINT,
    at BIGINT NOT NULL,
    actor_account_id BIGINT,
    actor_kind TEXT NOT NULL CHECK (actor_kind IN ('account', 'anonymous', 'system')),
    action TEXT NOT NULL,
    subject_type TEXT NOT NULL,
    subject_id TEXT NOT NULL,
    detail TEXT NOT NULL
);
CREATE FUNCTION audit_log_append_only() RETURNS trigger AS $$
BEGIN RAISE EXCEPTION 'audit_log is append-only'; END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

-- Mail waiting to be sent, claimed with a lease like jobs; unique_key keeps one message
-- per event (e.g. one reminder per offer, stage and confirmation).
CREATE TABLE outbox (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_id BIGINT,
    unique_key TEXT UNIQUE,
    to_address TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    next_attempt_at BIGINT NOT NULL,
    attempts BIGINT NOT NULL DEFAULT 0,
    locked_by TEXT,
    locked_until BIGINT,
    sent_at BIGINT,
    failed_at BIGINT,
    last_error TEXT
);
CREATE INDEX outbox_due ON outbox (sent_at, failed_at, next_attempt_at);

-- An offer on its way in: a citizen's suggestion, a member's new offer or an edit of a
-- published one. The proposal is the whole offer form as JSON; approval writes the offer.
CREATE TABLE submission (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_id BIGINT NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('suggestion', 'new', 'edit')),
    status TEXT NOT NULL CHECK (status IN ('draft', 'pending', 'approved', 'rejected', 'changes_requested')),
    organisation_id BIGINT REFERENCES organisation(id) ON DELETE CASCADE,
    offer_id BIGINT REFERENCES offer(id) ON DELETE CASCADE,
    author_account_id BIGINT REFERENCES account(id) ON DELETE SET NULL,
    contact_email TEXT NOT NULL,
    proposal TEXT NOT NULL,
    decision_note TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    decided_at BIGINT,
    decided_by BIGINT
);
CREATE INDEX submission_queue ON submission (municipality_id, status);

-- A form token is used once: a second submission of the same form (double click, back
-- and resubmit) finds its nonce here and is sent where the first one went.
CREATE TABLE form_use (
    nonce TEXT PRIMARY KEY,
    used_at BIGINT NOT NULL,
    outcome TEXT NOT NULL
);

-- Server-wide secrets made on first start (the form-token key), shared by every server.
CREATE TABLE app_secret (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- 0 once an offer has gone unconfirmed so long that it leaves search; 1 again when confirmed.
ALTER TABLE offer ADD COLUMN listed BIGINT NOT NULL DEFAULT 1;

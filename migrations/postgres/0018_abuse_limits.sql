-- Abuse limits shared by every server: one row per use of a limited action (a sign-in
-- attempt, a request to an ambassador, a sign-up, …), under a bucket that is an HMAC,
-- with the signing key from its file, of the limit's name and what it counts (a client's
-- address or /64 network, an e-mail address, an event): no address is stored, and a dump
-- cannot even confirm a guessed one. Rows older than two days go in the
-- housekeeping job. Replaces login_failure, whose rows were written only after the slow
-- password check and so could be raced.
-- Keep in step with ../sqlite/0018_abuse_limits.sql.
CREATE TABLE limit_hit (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    bucket TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX limit_hit_bucket ON limit_hit (bucket, at);
DROP TABLE login_failure;

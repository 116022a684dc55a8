-- Mail a person asked for without giving us their address to keep (the guide's "send it
-- to me"): the row is deleted as soon as the message is sent or given up.
ALTER TABLE outbox ADD COLUMN forget_after_send BIGINT NOT NULL DEFAULT 0;

-- Web Push messages wait in the same durable outbox as mail (leases, back-off, unique
-- keys), told apart by channel; for 'push', to_address holds the bell subscription's id.
-- Keep in step with ../sqlite/0014_push_outbox.sql.
ALTER TABLE outbox ADD COLUMN channel TEXT NOT NULL DEFAULT 'email';

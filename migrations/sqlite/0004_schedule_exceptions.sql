-- Dates (YYYY-MM-DD, comma-separated) when a recurring offer does not take place.
ALTER TABLE offer ADD COLUMN schedule_exceptions TEXT NOT NULL DEFAULT '';

-- The language a person signed up in ('da' or 'en'): every mail about the sign-up
-- (confirmation, waitlist, moving up, the day-before reminder, the organiser's message,
-- a cancellation or a new time) is written in it. Sign-ups from before were Danish.
-- Keep in step with ../sqlite/0017_signup_language.sql.
ALTER TABLE signup ADD COLUMN lang TEXT NOT NULL DEFAULT 'da' CHECK (lang IN ('da', 'en'));

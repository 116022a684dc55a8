-- An ambassador's photo, only when they choose to show one: JPEG, PNG or WebP, at most
-- 512 KB, served from here (no third party).
CREATE TABLE ambassador_photo (
    ambassador_id BIGINT PRIMARY KEY REFERENCES ambassador(id) ON DELETE CASCADE,
    content_type TEXT NOT NULL,
    bytes BYTEA NOT NULL,
    updated_at BIGINT NOT NULL
);

-- "Report wrong information" from citizens, waiting for a moderator.
CREATE TABLE offer_report (
    id INTEGER PRIMARY KEY,
    municipality_id BIGINT NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
    offer_id BIGINT NOT NULL REFERENCES offer(id) ON DELETE CASCADE,
    message TEXT NOT NULL,
    contact TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'handled')),
    created_at BIGINT NOT NULL
);
CREATE INDEX offer_report_open ON offer_report (municipality_id, status);

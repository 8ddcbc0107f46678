-- Issue 5 (part): the history of a volunteer's star levels (A26): applications, decisions, reviews. Append-only.

CREATE TABLE IF NOT EXISTS star_events
(
    seq           INTEGER PRIMARY KEY AUTOINCREMENT,
    id            TEXT NOT NULL UNIQUE,
    volunteer_id  TEXT NOT NULL,
    kind          TEXT NOT NULL,
    level         INTEGER NOT NULL,
    reason        TEXT NULL,
    by_name       TEXT NOT NULL,
    at_utc        TEXT NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_star_events_volunteer ON star_events (volunteer_id, seq);

CREATE TRIGGER IF NOT EXISTS star_events_no_change BEFORE UPDATE ON star_events
BEGIN
    SELECT RAISE(ABORT, 'star_events is append-only');
END;

CREATE TRIGGER IF NOT EXISTS star_events_no_delete BEFORE DELETE ON star_events
BEGIN
    SELECT RAISE(ABORT, 'star_events is append-only');
END;

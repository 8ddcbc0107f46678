-- Issue 16 (part): a bureau's spot checks of certified entries (办法 Art21-22). A check and the entries drawn for it
-- are written once; every verdict and every answer is a new event row, so nothing said is ever overwritten.
CREATE TABLE IF NOT EXISTS spot_checks
(
    id            TEXT    NOT NULL PRIMARY KEY,
    region_code   TEXT    NOT NULL,
    from_day      TEXT    NOT NULL,
    to_day        TEXT    NOT NULL,
    size          INTEGER NOT NULL,
    drawn_by_name TEXT    NOT NULL,
    drawn_utc     TEXT    NOT NULL
);

CREATE TABLE IF NOT EXISTS spot_check_items
(
    check_id        TEXT NOT NULL,
    root_id         TEXT NOT NULL,
    record_id       TEXT NOT NULL,
    organization_id TEXT NOT NULL,
    volunteer_id    TEXT NOT NULL,
    PRIMARY KEY (check_id, root_id)
);

CREATE INDEX IF NOT EXISTS ix_spot_check_items_organization ON spot_check_items (organization_id);

CREATE TABLE IF NOT EXISTS spot_check_events
(
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    operation_id TEXT    NOT NULL UNIQUE,
    check_id     TEXT    NOT NULL,
    root_id      TEXT    NOT NULL,
    kind         TEXT    NOT NULL CHECK (kind IN ('Confirmed', 'Questioned', 'Answered')),
    note         TEXT    NOT NULL,
    by_name      TEXT    NOT NULL,
    at_utc       TEXT    NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_spot_check_events_item ON spot_check_events (check_id, root_id, id);

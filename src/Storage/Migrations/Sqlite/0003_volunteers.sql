-- Volunteers: keyed hashes of identifiers (never the identifiers), serial numbers, and the list projection.

CREATE TABLE IF NOT EXISTS volunteer_identifiers
(
    lookup_hash  TEXT NOT NULL PRIMARY KEY,
    volunteer_id TEXT NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_volunteer_identifiers_volunteer ON volunteer_identifiers (volunteer_id);

CREATE TABLE IF NOT EXISTS volunteer_serials
(
    serial       INTEGER PRIMARY KEY AUTOINCREMENT,
    volunteer_id TEXT NOT NULL UNIQUE
);

CREATE TABLE IF NOT EXISTS volunteers
(
    id               TEXT NOT NULL PRIMARY KEY,
    volunteer_number TEXT NOT NULL UNIQUE,
    display_name     TEXT NOT NULL,
    status           TEXT NOT NULL,
    registered_utc   TEXT NOT NULL
);

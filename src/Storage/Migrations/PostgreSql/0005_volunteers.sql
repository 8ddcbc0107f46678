-- Volunteers: keyed hashes of identifiers (never the identifiers), serial numbers, and the list projection.

CREATE TABLE IF NOT EXISTS volunteer_identifiers
(
    lookup_hash  text NOT NULL PRIMARY KEY,
    volunteer_id text NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_volunteer_identifiers_volunteer ON volunteer_identifiers (volunteer_id);

CREATE TABLE IF NOT EXISTS volunteer_serials
(
    serial       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    volunteer_id text NOT NULL UNIQUE
);

CREATE TABLE IF NOT EXISTS volunteers
(
    id               text NOT NULL PRIMARY KEY,
    volunteer_number text NOT NULL UNIQUE,
    display_name     text NOT NULL,
    status           text NOT NULL,
    registered_utc   timestamptz NOT NULL
);

-- Issue 4 (part): training (A14, A15). A training is planned for an organization; after it the organization confirms
-- who attended, with the provider's proof. Training hours are kept in their own table, apart from the service ledger.

CREATE TABLE IF NOT EXISTS trainings
(
    id               TEXT  NOT NULL PRIMARY KEY,
    organization_id  TEXT  NOT NULL,
    name             TEXT  NOT NULL,
    provider         TEXT  NOT NULL,
    held_on          TEXT  NOT NULL,
    minutes          INTEGER NOT NULL,
    topics           TEXT  NOT NULL,
    attendees        INTEGER NOT NULL DEFAULT 0,
    created_utc      TEXT  NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_trainings_organization ON trainings (organization_id, held_on);

-- One row per volunteer and training, appended when the organization confirms attendance.
CREATE TABLE IF NOT EXISTS training_records
(
    id               TEXT  NOT NULL PRIMARY KEY,
    training_id      TEXT  NOT NULL,
    volunteer_id     TEXT  NOT NULL,
    organization_id  TEXT  NOT NULL,
    training_name    TEXT  NOT NULL,
    provider         TEXT  NOT NULL,
    held_on          TEXT  NOT NULL,
    minutes          INTEGER NOT NULL,
    proof_name       TEXT  NOT NULL,
    proof_note       TEXT  NULL,
    confirmed_by_name TEXT NOT NULL,
    confirmed_utc    TEXT  NOT NULL,
    UNIQUE (training_id, volunteer_id)
);

CREATE INDEX IF NOT EXISTS ix_training_records_volunteer ON training_records (volunteer_id, held_on);

CREATE TRIGGER IF NOT EXISTS training_records_no_change BEFORE UPDATE ON training_records
BEGIN
    SELECT RAISE(ABORT, 'training_records is append-only');
END;

CREATE TRIGGER IF NOT EXISTS training_records_no_delete BEFORE DELETE ON training_records
BEGIN
    SELECT RAISE(ABORT, 'training_records is append-only');
END;

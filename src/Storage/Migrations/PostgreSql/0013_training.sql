-- Issue 4 (part): training (A14, A15). A training is planned for an organization; after it the organization confirms
-- who attended, with the provider's proof. Training hours are kept in their own table, apart from the service ledger.

CREATE TABLE IF NOT EXISTS trainings
(
    id               text  NOT NULL PRIMARY KEY,
    organization_id  text  NOT NULL,
    name             text  NOT NULL,
    provider         text  NOT NULL,
    held_on          date  NOT NULL,
    minutes          integer NOT NULL,
    topics           text  NOT NULL,
    attendees        integer NOT NULL DEFAULT 0,
    created_utc      timestamptz NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_trainings_organization ON trainings (organization_id, held_on);

-- One row per volunteer and training, appended when the organization confirms attendance.
CREATE TABLE IF NOT EXISTS training_records
(
    id               text  NOT NULL PRIMARY KEY,
    training_id      text  NOT NULL,
    volunteer_id     text  NOT NULL,
    organization_id  text  NOT NULL,
    training_name    text  NOT NULL,
    provider         text  NOT NULL,
    held_on          date  NOT NULL,
    minutes          integer NOT NULL,
    proof_name       text  NOT NULL,
    proof_note       text  NULL,
    confirmed_by_name text NOT NULL,
    confirmed_utc    timestamptz NOT NULL,
    UNIQUE (training_id, volunteer_id)
);

CREATE INDEX IF NOT EXISTS ix_training_records_volunteer ON training_records (volunteer_id, held_on);

DROP TRIGGER IF EXISTS training_records_append_only ON training_records;
CREATE TRIGGER training_records_append_only BEFORE UPDATE OR DELETE ON training_records
    FOR EACH ROW EXECUTE FUNCTION vr_refuse_change();

DROP TRIGGER IF EXISTS training_records_no_truncate ON training_records;
CREATE TRIGGER training_records_no_truncate BEFORE TRUNCATE ON training_records
    FOR EACH STATEMENT EXECUTE FUNCTION vr_refuse_change();

-- Issue 4 (part): evaluations, commendations and complaints (A22).

-- After an activity ends the organization evaluates each participant once: duties done and recipients' satisfaction.
CREATE TABLE IF NOT EXISTS evaluations
(
    id                 text  NOT NULL PRIMARY KEY,
    operation_id       text  NOT NULL UNIQUE,
    activity_id        text  NOT NULL,
    volunteer_id       text  NOT NULL,
    organization_id    text  NOT NULL,
    duty_score         integer  NOT NULL,
    satisfaction_score integer  NOT NULL,
    comment            text  NULL,
    evaluated_by_name  text  NOT NULL,
    evaluated_utc      timestamptz NOT NULL,
    UNIQUE (activity_id, volunteer_id)
);

CREATE INDEX IF NOT EXISTS ix_evaluations_volunteer ON evaluations (volunteer_id, evaluated_utc);

-- Commendations and awards, recorded promptly.
CREATE TABLE IF NOT EXISTS commendations
(
    id                text  NOT NULL PRIMARY KEY,
    operation_id      text  NOT NULL UNIQUE,
    volunteer_id      text  NOT NULL,
    title             text  NOT NULL,
    granted_on        date  NOT NULL,
    granting_body     text  NOT NULL,
    recorded_by_name  text  NOT NULL,
    recorded_utc      timestamptz NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_commendations_volunteer ON commendations (volunteer_id, granted_on);

-- A complaint is filed, then verified once: only one found true goes on the volunteer's record.
CREATE TABLE IF NOT EXISTS complaints
(
    id               text  NOT NULL PRIMARY KEY,
    volunteer_id     text  NOT NULL,
    organization_id  text  NOT NULL,
    complainant      text  NOT NULL,
    content          text  NOT NULL,
    filed_by_name    text  NOT NULL,
    filed_utc        timestamptz NOT NULL,
    status           text  NOT NULL,
    decision_note    text  NULL,
    decided_by_name  text  NULL,
    decided_utc      timestamptz NULL
);

CREATE INDEX IF NOT EXISTS ix_complaints_volunteer ON complaints (volunteer_id, filed_utc);

DROP TRIGGER IF EXISTS evaluations_append_only ON evaluations;
CREATE TRIGGER evaluations_append_only BEFORE UPDATE OR DELETE ON evaluations
    FOR EACH ROW EXECUTE FUNCTION vr_refuse_change();

DROP TRIGGER IF EXISTS commendations_append_only ON commendations;
CREATE TRIGGER commendations_append_only BEFORE UPDATE OR DELETE ON commendations
    FOR EACH ROW EXECUTE FUNCTION vr_refuse_change();

-- Issue 4 (part): evaluations, commendations and complaints (A22).

-- After an activity ends the organization evaluates each participant once: duties done and recipients' satisfaction.
CREATE TABLE IF NOT EXISTS evaluations
(
    id                 TEXT  NOT NULL PRIMARY KEY,
    operation_id       TEXT  NOT NULL UNIQUE,
    activity_id        TEXT  NOT NULL,
    volunteer_id       TEXT  NOT NULL,
    organization_id    TEXT  NOT NULL,
    duty_score         INTEGER  NOT NULL,
    satisfaction_score INTEGER  NOT NULL,
    comment            TEXT  NULL,
    evaluated_by_name  TEXT  NOT NULL,
    evaluated_utc      TEXT NOT NULL,
    UNIQUE (activity_id, volunteer_id)
);

CREATE INDEX IF NOT EXISTS ix_evaluations_volunteer ON evaluations (volunteer_id, evaluated_utc);

-- Commendations and awards, recorded promptly.
CREATE TABLE IF NOT EXISTS commendations
(
    id                TEXT  NOT NULL PRIMARY KEY,
    operation_id      TEXT  NOT NULL UNIQUE,
    volunteer_id      TEXT  NOT NULL,
    title             TEXT  NOT NULL,
    granted_on        TEXT  NOT NULL,
    granting_body     TEXT  NOT NULL,
    recorded_by_name  TEXT  NOT NULL,
    recorded_utc      TEXT NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_commendations_volunteer ON commendations (volunteer_id, granted_on);

-- A complaint is filed, then verified once: only one found true goes on the volunteer's record.
CREATE TABLE IF NOT EXISTS complaints
(
    id               TEXT  NOT NULL PRIMARY KEY,
    volunteer_id     TEXT  NOT NULL,
    organization_id  TEXT  NOT NULL,
    complainant      TEXT  NOT NULL,
    content          TEXT  NOT NULL,
    filed_by_name    TEXT  NOT NULL,
    filed_utc        TEXT NOT NULL,
    status           TEXT  NOT NULL,
    decision_note    TEXT  NULL,
    decided_by_name  TEXT  NULL,
    decided_utc      TEXT NULL
);

CREATE INDEX IF NOT EXISTS ix_complaints_volunteer ON complaints (volunteer_id, filed_utc);

CREATE TRIGGER IF NOT EXISTS evaluations_no_change BEFORE UPDATE ON evaluations
BEGIN
    SELECT RAISE(ABORT, 'evaluations is append-only');
END;

CREATE TRIGGER IF NOT EXISTS evaluations_no_delete BEFORE DELETE ON evaluations
BEGIN
    SELECT RAISE(ABORT, 'evaluations is append-only');
END;

CREATE TRIGGER IF NOT EXISTS commendations_no_change BEFORE UPDATE ON commendations
BEGIN
    SELECT RAISE(ABORT, 'commendations is append-only');
END;

CREATE TRIGGER IF NOT EXISTS commendations_no_delete BEFORE DELETE ON commendations
BEGIN
    SELECT RAISE(ABORT, 'commendations is append-only');
END;

-- Issue 3: identities, membership, sanctions, correction requests, staff permissions.

-- A grain that retries a change re-publishes its events; the operation id makes the second copy a no-op.
ALTER TABLE audit_log ADD COLUMN operation_id TEXT NULL;
CREATE UNIQUE INDEX IF NOT EXISTS ux_audit_log_operation ON audit_log (operation_id, action) WHERE operation_id IS NOT NULL;

ALTER TABLE accounts ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;
ALTER TABLE accounts ADD COLUMN can_unmask INTEGER NOT NULL DEFAULT 0;
CREATE INDEX IF NOT EXISTS ix_accounts_organization ON accounts (organization_id, role);

ALTER TABLE organizations ADD COLUMN credit_code TEXT NULL;

-- One organization per unified social credit code, claimed by the organization grain.
CREATE TABLE IF NOT EXISTS organization_credit_codes
(
    credit_code     TEXT NOT NULL PRIMARY KEY,
    organization_id TEXT NOT NULL
);

ALTER TABLE volunteers ADD COLUMN residence_region TEXT NULL;
ALTER TABLE volunteers ADD COLUMN sex TEXT NULL;
ALTER TABLE volunteers ADD COLUMN birth_date TEXT NULL;
ALTER TABLE volunteers ADD COLUMN channel TEXT NOT NULL DEFAULT 'Self';
CREATE INDEX IF NOT EXISTS ix_volunteers_name ON volunteers (display_name);
CREATE INDEX IF NOT EXISTS ix_volunteers_region ON volunteers (residence_region);

-- Current membership per volunteer and organization (the membership grain keeps it current).
CREATE TABLE IF NOT EXISTS memberships
(
    volunteer_id     TEXT    NOT NULL,
    organization_id  TEXT    NOT NULL,
    status           TEXT    NOT NULL,
    status_since_utc TEXT    NOT NULL,
    share_records    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (volunteer_id, organization_id)
);

CREATE INDEX IF NOT EXISTS ix_memberships_organization ON memberships (organization_id, status);

-- Every membership step ever taken: applied, confirmed, declined, enrolled, left, consent changes.
CREATE TABLE IF NOT EXISTS membership_events
(
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    volunteer_id    TEXT NOT NULL,
    organization_id TEXT NOT NULL,
    operation_id    TEXT NOT NULL UNIQUE,
    event           TEXT NOT NULL,
    reason          TEXT NULL,
    actor_id        TEXT NULL,
    actor_name      TEXT NULL,
    at_utc          TEXT NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_membership_events_volunteer ON membership_events (volunteer_id, id);

CREATE TRIGGER IF NOT EXISTS membership_events_no_update BEFORE UPDATE ON membership_events
BEGIN
    SELECT RAISE(ABORT, 'membership_events is append-only');
END;

CREATE TRIGGER IF NOT EXISTS membership_events_no_delete BEFORE DELETE ON membership_events
BEGIN
    SELECT RAISE(ABORT, 'membership_events is append-only');
END;

-- Warnings, revocations and reinstatements (A18.4), with reason, decider and date.
CREATE TABLE IF NOT EXISTS volunteer_sanctions
(
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    volunteer_id    TEXT NOT NULL,
    operation_id    TEXT NOT NULL UNIQUE,
    kind            TEXT NOT NULL,
    reason          TEXT NOT NULL,
    organization_id TEXT NULL,
    decided_by_id   TEXT NOT NULL,
    decided_by_name TEXT NOT NULL,
    at_utc          TEXT NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_volunteer_sanctions_volunteer ON volunteer_sanctions (volunteer_id, id);

CREATE TRIGGER IF NOT EXISTS volunteer_sanctions_no_update BEFORE UPDATE ON volunteer_sanctions
BEGIN
    SELECT RAISE(ABORT, 'volunteer_sanctions is append-only');
END;

CREATE TRIGGER IF NOT EXISTS volunteer_sanctions_no_delete BEFORE DELETE ON volunteer_sanctions
BEGIN
    SELECT RAISE(ABORT, 'volunteer_sanctions is append-only');
END;

-- An organization asks a volunteer to correct their profile (办法 Art6); resolved by the volunteer.
CREATE TABLE IF NOT EXISTS correction_requests
(
    id                TEXT NOT NULL PRIMARY KEY,
    volunteer_id      TEXT NOT NULL,
    organization_id   TEXT NOT NULL,
    field             TEXT NOT NULL,
    message           TEXT NOT NULL,
    requested_by_name TEXT NOT NULL,
    requested_utc     TEXT NOT NULL,
    resolved_utc      TEXT NULL
);

CREATE INDEX IF NOT EXISTS ix_correction_requests_volunteer ON correction_requests (volunteer_id, requested_utc);

-- The platform's own tables: accounts, audit trail, data-protection keys, regions and the read model.
-- Timestamps are UTC, stored as ISO-8601 text.

CREATE TABLE IF NOT EXISTS accounts
(
    id                   TEXT    NOT NULL PRIMARY KEY,
    user_name            TEXT    NOT NULL,
    normalized_user_name TEXT    NOT NULL UNIQUE,
    display_name         TEXT    NOT NULL,
    password_hash        TEXT    NOT NULL,
    role                 TEXT    NOT NULL,
    region_code          TEXT    NULL,
    organization_id      TEXT    NULL,
    volunteer_id         TEXT    NULL,
    failed_sign_ins      INTEGER NOT NULL DEFAULT 0,
    lockout_end_utc      TEXT    NULL,
    security_stamp       TEXT    NOT NULL,
    is_disabled          INTEGER NOT NULL DEFAULT 0,
    created_utc          TEXT    NOT NULL
);

CREATE TABLE IF NOT EXISTS audit_log
(
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    at_utc       TEXT NOT NULL,
    actor_id     TEXT NULL,
    actor_name   TEXT NULL,
    action       TEXT NOT NULL,
    subject_type TEXT NULL,
    subject_id   TEXT NULL,
    remote_ip    TEXT NULL,
    detail       TEXT NULL
);

CREATE INDEX IF NOT EXISTS ix_audit_log_at ON audit_log (at_utc);
CREATE INDEX IF NOT EXISTS ix_audit_log_actor ON audit_log (actor_id, at_utc);
CREATE INDEX IF NOT EXISTS ix_audit_log_subject ON audit_log (subject_type, subject_id, at_utc);

-- The audit trail is evidence: the database itself refuses to change or remove an entry.
CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TABLE IF NOT EXISTS data_protection_keys
(
    friendly_name TEXT NOT NULL PRIMARY KEY,
    xml           TEXT NOT NULL,
    created_utc   TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS regions
(
    code        TEXT    NOT NULL PRIMARY KEY,
    name        TEXT    NOT NULL,
    parent_code TEXT    NULL REFERENCES regions (code),
    level       INTEGER NOT NULL
);

INSERT INTO regions (code, name, parent_code, level) VALUES
('210900', '阜新市', NULL, 1),
('210902', '海州区', '210900', 2),
('210903', '新邱区', '210900', 2),
('210904', '太平区', '210900', 2),
('210905', '清河门区', '210900', 2),
('210911', '细河区', '210900', 2),
('210921', '阜新蒙古族自治县', '210900', 2),
('210922', '彰武县', '210900', 2)
ON CONFLICT (code) DO NOTHING;

CREATE TABLE IF NOT EXISTS organizations
(
    id          TEXT NOT NULL PRIMARY KEY,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL,
    region_code TEXT NOT NULL REFERENCES regions (code),
    status      TEXT NOT NULL,
    created_utc TEXT NOT NULL,
    updated_utc TEXT NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_organizations_region ON organizations (region_code, name);

CREATE TABLE IF NOT EXISTS activities
(
    id              TEXT NOT NULL PRIMARY KEY,
    organization_id TEXT NOT NULL REFERENCES organizations (id),
    title           TEXT NOT NULL,
    category        TEXT NOT NULL,
    status          TEXT NOT NULL,
    created_utc     TEXT NOT NULL,
    updated_utc     TEXT NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_activities_organization ON activities (organization_id, created_utc);

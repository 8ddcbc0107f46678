-- The platform's own tables: accounts, audit trail, data-protection keys, regions and the read model.
-- Timestamps are timestamptz (UTC).

CREATE TABLE IF NOT EXISTS accounts
(
    id                   text    NOT NULL PRIMARY KEY,
    user_name            text    NOT NULL,
    normalized_user_name text    NOT NULL UNIQUE,
    display_name         text    NOT NULL,
    password_hash        text    NOT NULL,
    role                 text    NOT NULL,
    region_code          text    NULL,
    organization_id      text    NULL,
    volunteer_id         text    NULL,
    failed_sign_ins      integer NOT NULL DEFAULT 0,
    lockout_end_utc      timestamptz    NULL,
    security_stamp       text    NOT NULL,
    is_disabled          boolean NOT NULL DEFAULT false,
    created_utc          timestamptz    NOT NULL
);

CREATE TABLE IF NOT EXISTS audit_log
(
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at_utc       timestamptz NOT NULL,
    actor_id     text NULL,
    actor_name   text NULL,
    action       text NOT NULL,
    subject_type text NULL,
    subject_id   text NULL,
    remote_ip    text NULL,
    detail       text NULL
);

CREATE INDEX IF NOT EXISTS ix_audit_log_at ON audit_log (at_utc);
CREATE INDEX IF NOT EXISTS ix_audit_log_actor ON audit_log (actor_id, at_utc);
CREATE INDEX IF NOT EXISTS ix_audit_log_subject ON audit_log (subject_type, subject_id, at_utc);

-- The audit trail is evidence: the database itself refuses to change or remove an entry.
CREATE OR REPLACE FUNCTION vr_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END
$$;

DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION vr_refuse_change();

DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log;
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION vr_refuse_change();

CREATE TABLE IF NOT EXISTS data_protection_keys
(
    friendly_name text NOT NULL PRIMARY KEY,
    xml           text NOT NULL,
    created_utc   timestamptz NOT NULL
);

CREATE TABLE IF NOT EXISTS regions
(
    code        text    NOT NULL PRIMARY KEY,
    name        text    NOT NULL,
    parent_code text    NULL REFERENCES regions (code),
    level       integer NOT NULL
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
    id          text NOT NULL PRIMARY KEY,
    name        text NOT NULL,
    kind        text NOT NULL,
    region_code text NOT NULL REFERENCES regions (code),
    status      text NOT NULL,
    created_utc timestamptz NOT NULL,
    updated_utc timestamptz NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_organizations_region ON organizations (region_code, name);

CREATE TABLE IF NOT EXISTS activities
(
    id              text NOT NULL PRIMARY KEY,
    organization_id text NOT NULL REFERENCES organizations (id),
    title           text NOT NULL,
    category        text NOT NULL,
    status          text NOT NULL,
    created_utc     timestamptz NOT NULL,
    updated_utc     timestamptz NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_activities_organization ON activities (organization_id, created_utc);

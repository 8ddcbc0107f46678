-- Issue 3: identities, membership, sanctions, correction requests, staff permissions.

-- A grain that retries a change re-publishes its events; the operation id makes the second copy a no-op.
ALTER TABLE audit_log ADD COLUMN IF NOT EXISTS operation_id text NULL;
CREATE UNIQUE INDEX IF NOT EXISTS ux_audit_log_operation ON audit_log (operation_id, action) WHERE operation_id IS NOT NULL;

ALTER TABLE accounts ADD COLUMN IF NOT EXISTS must_change_password boolean NOT NULL DEFAULT false;
ALTER TABLE accounts ADD COLUMN IF NOT EXISTS can_unmask boolean NOT NULL DEFAULT false;
CREATE INDEX IF NOT EXISTS ix_accounts_organization ON accounts (organization_id, role);

ALTER TABLE organizations ADD COLUMN IF NOT EXISTS credit_code text NULL;

-- One organization per unified social credit code, claimed by the organization grain.
CREATE TABLE IF NOT EXISTS organization_credit_codes
(
    credit_code     text NOT NULL PRIMARY KEY,
    organization_id text NOT NULL
);

ALTER TABLE volunteers ADD COLUMN IF NOT EXISTS residence_region text NULL;
ALTER TABLE volunteers ADD COLUMN IF NOT EXISTS sex text NULL;
ALTER TABLE volunteers ADD COLUMN IF NOT EXISTS birth_date date NULL;
ALTER TABLE volunteers ADD COLUMN IF NOT EXISTS channel text NOT NULL DEFAULT 'Self';
CREATE INDEX IF NOT EXISTS ix_volunteers_name ON volunteers (display_name);
CREATE INDEX IF NOT EXISTS ix_volunteers_region ON volunteers (residence_region);

-- Current membership per volunteer and organization (the membership grain keeps it current).
CREATE TABLE IF NOT EXISTS memberships
(
    volunteer_id     text        NOT NULL,
    organization_id  text        NOT NULL,
    status           text        NOT NULL,
    status_since_utc timestamptz NOT NULL,
    share_records    boolean     NOT NULL DEFAULT false,
    PRIMARY KEY (volunteer_id, organization_id)
);

CREATE INDEX IF NOT EXISTS ix_memberships_organization ON memberships (organization_id, status);

-- Every membership step ever taken: applied, confirmed, declined, enrolled, left, consent changes.
CREATE TABLE IF NOT EXISTS membership_events
(
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    volunteer_id    text NOT NULL,
    organization_id text NOT NULL,
    operation_id    text NOT NULL UNIQUE,
    event           text NOT NULL,
    reason          text NULL,
    actor_id        text NULL,
    actor_name      text NULL,
    at_utc          timestamptz NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_membership_events_volunteer ON membership_events (volunteer_id, id);

DROP TRIGGER IF EXISTS membership_events_append_only ON membership_events;
CREATE TRIGGER membership_events_append_only BEFORE UPDATE OR DELETE ON membership_events
    FOR EACH ROW EXECUTE FUNCTION vr_refuse_change();

-- Warnings, revocations and reinstatements (A18.4), with reason, decider and date.
CREATE TABLE IF NOT EXISTS volunteer_sanctions
(
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    volunteer_id    text NOT NULL,
    operation_id    text NOT NULL UNIQUE,
    kind            text NOT NULL,
    reason          text NOT NULL,
    organization_id text NULL,
    decided_by_id   text NOT NULL,
    decided_by_name text NOT NULL,
    at_utc          timestamptz NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_volunteer_sanctions_volunteer ON volunteer_sanctions (volunteer_id, id);

DROP TRIGGER IF EXISTS volunteer_sanctions_append_only ON volunteer_sanctions;
CREATE TRIGGER volunteer_sanctions_append_only BEFORE UPDATE OR DELETE ON volunteer_sanctions
    FOR EACH ROW EXECUTE FUNCTION vr_refuse_change();

-- An organization asks a volunteer to correct their profile (办法 Art6); resolved by the volunteer.
CREATE TABLE IF NOT EXISTS correction_requests
(
    id                text NOT NULL PRIMARY KEY,
    volunteer_id      text NOT NULL,
    organization_id   text NOT NULL,
    field             text NOT NULL,
    message           text NOT NULL,
    requested_by_name text NOT NULL,
    requested_utc     timestamptz NOT NULL,
    resolved_utc      timestamptz NULL
);

CREATE INDEX IF NOT EXISTS ix_correction_requests_volunteer ON correction_requests (volunteer_id, requested_utc);

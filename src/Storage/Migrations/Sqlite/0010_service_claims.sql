-- Issue 4 (part): what a volunteer asks the organization to certify (A13, 办法 Art13).
-- A claim of hours for a session they attended, or a correction of a certified entry. Both wait for a recorder;
-- the request and its decision are two append-only tables, so a claim is decided once (the decision's key) and
-- neither what was asked nor what was answered can be rewritten.

CREATE TABLE IF NOT EXISTS service_claims
(
    id                TEXT  NOT NULL PRIMARY KEY,
    kind              TEXT  NOT NULL,
    volunteer_id      TEXT  NOT NULL,
    organization_id   TEXT  NOT NULL,
    activity_id       TEXT  NULL,
    session_id        TEXT  NULL,
    root_id           TEXT  NULL,
    start_utc         TEXT  NOT NULL,
    end_utc           TEXT  NOT NULL,
    deducted_minutes  INTEGER NOT NULL,
    proof_name        TEXT  NULL,
    proof_contact     TEXT  NULL,
    proof_note        TEXT  NULL,
    reason            TEXT  NULL,
    filed_by_name     TEXT  NOT NULL,
    filed_utc         TEXT  NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_service_claims_organization ON service_claims (organization_id, filed_utc);
CREATE INDEX IF NOT EXISTS ix_service_claims_volunteer ON service_claims (volunteer_id, filed_utc);
CREATE INDEX IF NOT EXISTS ix_service_claims_activity ON service_claims (activity_id);

CREATE TABLE IF NOT EXISTS service_claim_decisions
(
    claim_id         TEXT  NOT NULL PRIMARY KEY,
    certified        INTEGER NOT NULL,
    note             TEXT  NULL,
    record_id        TEXT  NULL,
    decided_by_name  TEXT  NOT NULL,
    decided_utc      TEXT  NOT NULL
);

CREATE TRIGGER IF NOT EXISTS service_claims_no_change BEFORE UPDATE ON service_claims
BEGIN
    SELECT RAISE(ABORT, 'service_claims is append-only');
END;

CREATE TRIGGER IF NOT EXISTS service_claims_no_delete BEFORE DELETE ON service_claims
BEGIN
    SELECT RAISE(ABORT, 'service_claims is append-only');
END;

CREATE TRIGGER IF NOT EXISTS service_claim_decisions_no_change BEFORE UPDATE ON service_claim_decisions
BEGIN
    SELECT RAISE(ABORT, 'service_claim_decisions is append-only');
END;

CREATE TRIGGER IF NOT EXISTS service_claim_decisions_no_delete BEFORE DELETE ON service_claim_decisions
BEGIN
    SELECT RAISE(ABORT, 'service_claim_decisions is append-only');
END;

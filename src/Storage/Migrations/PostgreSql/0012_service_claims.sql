-- Issue 4 (part): what a volunteer asks the organization to certify (A13, 办法 Art13).
-- A claim of hours for a session they attended, or a correction of a certified entry. Both wait for a recorder;
-- the request and its decision are two append-only tables, so a claim is decided once (the decision's key) and
-- neither what was asked nor what was answered can be rewritten.

CREATE TABLE IF NOT EXISTS service_claims
(
    id                text  NOT NULL PRIMARY KEY,
    kind              text  NOT NULL,
    volunteer_id      text  NOT NULL,
    organization_id   text  NOT NULL,
    activity_id       text  NULL,
    session_id        text  NULL,
    root_id           text  NULL,
    start_utc         timestamptz NOT NULL,
    end_utc           timestamptz NOT NULL,
    deducted_minutes  integer NOT NULL,
    proof_name        text  NULL,
    proof_contact     text  NULL,
    proof_note        text  NULL,
    reason            text  NULL,
    filed_by_name     text  NOT NULL,
    filed_utc         timestamptz NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_service_claims_organization ON service_claims (organization_id, filed_utc);
CREATE INDEX IF NOT EXISTS ix_service_claims_volunteer ON service_claims (volunteer_id, filed_utc);
CREATE INDEX IF NOT EXISTS ix_service_claims_activity ON service_claims (activity_id);

CREATE TABLE IF NOT EXISTS service_claim_decisions
(
    claim_id         text  NOT NULL PRIMARY KEY,
    certified        boolean NOT NULL,
    note             text  NULL,
    record_id        text  NULL,
    decided_by_name  text  NOT NULL,
    decided_utc      timestamptz NOT NULL
);

DROP TRIGGER IF EXISTS service_claims_append_only ON service_claims;
CREATE TRIGGER service_claims_append_only BEFORE UPDATE OR DELETE ON service_claims
    FOR EACH ROW EXECUTE FUNCTION vr_refuse_change();

DROP TRIGGER IF EXISTS service_claims_no_truncate ON service_claims;
CREATE TRIGGER service_claims_no_truncate BEFORE TRUNCATE ON service_claims
    FOR EACH STATEMENT EXECUTE FUNCTION vr_refuse_change();

DROP TRIGGER IF EXISTS service_claim_decisions_append_only ON service_claim_decisions;
CREATE TRIGGER service_claim_decisions_append_only BEFORE UPDATE OR DELETE ON service_claim_decisions
    FOR EACH ROW EXECUTE FUNCTION vr_refuse_change();

DROP TRIGGER IF EXISTS service_claim_decisions_no_truncate ON service_claim_decisions;
CREATE TRIGGER service_claim_decisions_no_truncate BEFORE TRUNCATE ON service_claim_decisions
    FOR EACH STATEMENT EXECUTE FUNCTION vr_refuse_change();

-- Issue 5 (part): certificates of service (A5.5, A25; 办法 Art14-17). A certificate is an immutable snapshot of the
-- records it covers; it is revoked by a separate row (decided once), never edited or deleted.

CREATE TABLE IF NOT EXISTS certificates
(
    id                   text NOT NULL PRIMARY KEY,
    number               text NOT NULL UNIQUE,
    code_hash            text NOT NULL,
    volunteer_id         text NOT NULL,
    purpose              text NOT NULL,
    period_from          date NULL,
    period_to            date NULL,
    organization_id      text NULL,
    total_minutes        bigint NOT NULL,
    snapshot             text NOT NULL,
    issued_by_name       text NOT NULL,
    issued_utc           timestamptz NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_certificates_volunteer ON certificates (volunteer_id, issued_utc);

CREATE TABLE IF NOT EXISTS certificate_revocations
(
    certificate_id  text NOT NULL PRIMARY KEY,
    reason          text NOT NULL,
    by_name         text NOT NULL,
    at_utc          timestamptz NOT NULL
);

DROP TRIGGER IF EXISTS certificates_immutable ON certificates;
CREATE TRIGGER certificates_immutable BEFORE UPDATE OR DELETE ON certificates
    FOR EACH ROW EXECUTE FUNCTION vr_refuse_change();

DROP TRIGGER IF EXISTS certificates_no_truncate ON certificates;
CREATE TRIGGER certificates_no_truncate BEFORE TRUNCATE ON certificates
    FOR EACH STATEMENT EXECUTE FUNCTION vr_refuse_change();

DROP TRIGGER IF EXISTS certificate_revocations_append_only ON certificate_revocations;
CREATE TRIGGER certificate_revocations_append_only BEFORE UPDATE OR DELETE ON certificate_revocations
    FOR EACH ROW EXECUTE FUNCTION vr_refuse_change();

DROP TRIGGER IF EXISTS certificate_revocations_no_truncate ON certificate_revocations;
CREATE TRIGGER certificate_revocations_no_truncate BEFORE TRUNCATE ON certificate_revocations
    FOR EACH STATEMENT EXECUTE FUNCTION vr_refuse_change();

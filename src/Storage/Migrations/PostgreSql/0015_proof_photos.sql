-- Issue 4 (part): the photo of a session's sign-in sheet, kept as proof of the certified time (A21).
-- Stored once per upload and never changed; ledger rows certified from that sheet point at it.

CREATE TABLE IF NOT EXISTS proof_photos
(
    id                text NOT NULL PRIMARY KEY,
    organization_id   text NOT NULL,
    activity_id       text NOT NULL,
    content_type      text NOT NULL,
    content           bytea NOT NULL,
    sha256            text NOT NULL,
    uploaded_by_name  text NOT NULL,
    uploaded_utc      timestamptz NOT NULL
);

DROP TRIGGER IF EXISTS proof_photos_append_only ON proof_photos;
CREATE TRIGGER proof_photos_append_only BEFORE UPDATE OR DELETE ON proof_photos
    FOR EACH ROW EXECUTE FUNCTION vr_refuse_change();

DROP TRIGGER IF EXISTS proof_photos_no_truncate ON proof_photos;
CREATE TRIGGER proof_photos_no_truncate BEFORE TRUNCATE ON proof_photos
    FOR EACH STATEMENT EXECUTE FUNCTION vr_refuse_change();

ALTER TABLE service_records ADD COLUMN IF NOT EXISTS proof_photo_id text NULL;
CREATE INDEX IF NOT EXISTS ix_service_records_proof_photo ON service_records (proof_photo_id) WHERE proof_photo_id IS NOT NULL;

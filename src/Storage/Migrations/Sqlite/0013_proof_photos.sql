-- Issue 4 (part): the photo of a session's sign-in sheet, kept as proof of the certified time (A21).
-- Stored once per upload and never changed; ledger rows certified from that sheet point at it.

CREATE TABLE IF NOT EXISTS proof_photos
(
    id                TEXT NOT NULL PRIMARY KEY,
    organization_id   TEXT NOT NULL,
    activity_id       TEXT NOT NULL,
    content_type      TEXT NOT NULL,
    content           BLOB NOT NULL,
    sha256            TEXT NOT NULL,
    uploaded_by_name  TEXT NOT NULL,
    uploaded_utc      TEXT NOT NULL
);

CREATE TRIGGER IF NOT EXISTS proof_photos_no_change BEFORE UPDATE ON proof_photos
BEGIN
    SELECT RAISE(ABORT, 'proof_photos is append-only');
END;

CREATE TRIGGER IF NOT EXISTS proof_photos_no_delete BEFORE DELETE ON proof_photos
BEGIN
    SELECT RAISE(ABORT, 'proof_photos is append-only');
END;

ALTER TABLE service_records ADD COLUMN proof_photo_id TEXT NULL;
CREATE INDEX IF NOT EXISTS ix_service_records_proof_photo ON service_records (proof_photo_id) WHERE proof_photo_id IS NOT NULL;

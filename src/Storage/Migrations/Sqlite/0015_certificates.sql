-- Issue 5 (part): certificates of service (A5.5, A25; 办法 Art14-17). A certificate is an immutable snapshot of the
-- records it covers; it is revoked by a separate row (decided once), never edited or deleted.

CREATE TABLE IF NOT EXISTS certificates
(
    id                   TEXT NOT NULL PRIMARY KEY,
    number               TEXT NOT NULL UNIQUE,
    code_hash            TEXT NOT NULL,
    volunteer_id         TEXT NOT NULL,
    purpose              TEXT NOT NULL,
    period_from          TEXT NULL,
    period_to            TEXT NULL,
    organization_id      TEXT NULL,
    total_minutes        INTEGER NOT NULL,
    snapshot             TEXT NOT NULL,
    issued_by_name       TEXT NOT NULL,
    issued_utc           TEXT NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_certificates_volunteer ON certificates (volunteer_id, issued_utc);

CREATE TABLE IF NOT EXISTS certificate_revocations
(
    certificate_id  TEXT NOT NULL PRIMARY KEY,
    reason          TEXT NOT NULL,
    by_name         TEXT NOT NULL,
    at_utc          TEXT NOT NULL
);

CREATE TRIGGER IF NOT EXISTS certificates_no_change BEFORE UPDATE ON certificates
BEGIN
    SELECT RAISE(ABORT, 'certificates are immutable');
END;

CREATE TRIGGER IF NOT EXISTS certificates_no_delete BEFORE DELETE ON certificates
BEGIN
    SELECT RAISE(ABORT, 'certificates are immutable');
END;

CREATE TRIGGER IF NOT EXISTS certificate_revocations_no_change BEFORE UPDATE ON certificate_revocations
BEGIN
    SELECT RAISE(ABORT, 'certificate_revocations is append-only');
END;

CREATE TRIGGER IF NOT EXISTS certificate_revocations_no_delete BEFORE DELETE ON certificate_revocations
BEGIN
    SELECT RAISE(ABORT, 'certificate_revocations is append-only');
END;

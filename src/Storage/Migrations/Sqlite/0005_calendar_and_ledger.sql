-- Issue 4 (part): the working-day calendar and the certified-hours ledger.

-- Holidays and worked weekend days (国务院办公厅 arrangement); other days follow the week. Later years are added the same way.
CREATE TABLE IF NOT EXISTS calendar_days
(
    day  TEXT NOT NULL PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
    name TEXT NOT NULL
);

INSERT INTO calendar_days (day, kind, name) VALUES
('2026-01-01', 'holiday', '元旦'),
('2026-01-02', 'holiday', '元旦'),
('2026-01-03', 'holiday', '元旦'),
('2026-01-04', 'workday', '元旦调休上班'),
('2026-02-14', 'workday', '春节调休上班'),
('2026-02-15', 'holiday', '春节'),
('2026-02-16', 'holiday', '春节'),
('2026-02-17', 'holiday', '春节'),
('2026-02-18', 'holiday', '春节'),
('2026-02-19', 'holiday', '春节'),
('2026-02-20', 'holiday', '春节'),
('2026-02-21', 'holiday', '春节'),
('2026-02-22', 'holiday', '春节'),
('2026-02-23', 'holiday', '春节'),
('2026-02-28', 'workday', '春节调休上班'),
('2026-04-04', 'holiday', '清明节'),
('2026-04-05', 'holiday', '清明节'),
('2026-04-06', 'holiday', '清明节'),
('2026-05-01', 'holiday', '劳动节'),
('2026-05-02', 'holiday', '劳动节'),
('2026-05-03', 'holiday', '劳动节'),
('2026-05-04', 'holiday', '劳动节'),
('2026-05-05', 'holiday', '劳动节'),
('2026-05-09', 'workday', '劳动节调休上班'),
('2026-06-19', 'holiday', '端午节'),
('2026-06-20', 'holiday', '端午节'),
('2026-06-21', 'holiday', '端午节'),
('2026-09-20', 'workday', '国庆节调休上班'),
('2026-09-25', 'holiday', '中秋节'),
('2026-09-26', 'holiday', '中秋节'),
('2026-09-27', 'holiday', '中秋节'),
('2026-10-01', 'holiday', '国庆节'),
('2026-10-02', 'holiday', '国庆节'),
('2026-10-03', 'holiday', '国庆节'),
('2026-10-04', 'holiday', '国庆节'),
('2026-10-05', 'holiday', '国庆节'),
('2026-10-06', 'holiday', '国庆节'),
('2026-10-07', 'holiday', '国庆节'),
('2026-10-10', 'workday', '国庆节调休上班')
ON CONFLICT (day) DO NOTHING;

-- Certified service (A13, A21): one row per certification, never updated or deleted (A23).
-- A correction is a new row pointing at the entry it corrects (root_id); delta_minutes makes totals a plain SUM,
-- and the latest row of a root is the entry's current version.
CREATE TABLE IF NOT EXISTS service_records
(
    seq               INTEGER PRIMARY KEY AUTOINCREMENT,
    id                TEXT NOT NULL UNIQUE,
    operation_id      TEXT NOT NULL UNIQUE,
    root_id           TEXT NOT NULL,
    corrects_id       TEXT NULL,
    volunteer_id      TEXT NOT NULL,
    organization_id   TEXT NOT NULL,
    activity_id       TEXT NULL,
    session_id        TEXT NULL,
    -- The session the service belongs to: certified time never exceeds it, corrections included.
    session_start_utc TEXT NULL,
    session_end_utc   TEXT NULL,
    category          TEXT NOT NULL,
    start_utc         TEXT NOT NULL,
    end_utc           TEXT NOT NULL,
    deducted_minutes  INTEGER NOT NULL,
    minutes           INTEGER NOT NULL,
    delta_minutes     INTEGER NOT NULL,
    content           TEXT NOT NULL,
    place             TEXT NOT NULL,
    proof_name        TEXT NOT NULL,
    proof_contact     TEXT NULL,
    proof_note        TEXT NULL,
    certified_by_id   TEXT NOT NULL,
    certified_by_name TEXT NOT NULL,
    certified_utc     TEXT NOT NULL,
    reason            TEXT NULL
);

-- One original entry per volunteer and session: a second certification is refused, a change is a correction.
CREATE UNIQUE INDEX IF NOT EXISTS ux_service_records_session ON service_records (session_id, volunteer_id) WHERE corrects_id IS NULL AND session_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS ix_service_records_volunteer ON service_records (volunteer_id, start_utc);
CREATE INDEX IF NOT EXISTS ix_service_records_root ON service_records (root_id, seq);
CREATE INDEX IF NOT EXISTS ix_service_records_volunteer_seq ON service_records (volunteer_id, seq);
CREATE INDEX IF NOT EXISTS ix_service_records_organization ON service_records (organization_id, certified_utc);

CREATE TRIGGER IF NOT EXISTS service_records_no_update BEFORE UPDATE ON service_records
BEGIN
    SELECT RAISE(ABORT, 'service_records is append-only');
END;

CREATE TRIGGER IF NOT EXISTS service_records_no_delete BEFORE DELETE ON service_records
BEGIN
    SELECT RAISE(ABORT, 'service_records is append-only');
END;

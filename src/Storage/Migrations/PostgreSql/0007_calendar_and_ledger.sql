-- Issue 4 (part): the working-day calendar and the certified-hours ledger.

-- Holidays and worked weekend days (国务院办公厅 arrangement); other days follow the week. Later years are added the same way.
CREATE TABLE IF NOT EXISTS calendar_days
(
    day  date NOT NULL PRIMARY KEY,
    kind text NOT NULL CHECK (kind IN ('holiday', 'workday')),
    name text NOT NULL
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
    seq               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id                text NOT NULL UNIQUE,
    operation_id      text NOT NULL UNIQUE,
    root_id           text NOT NULL,
    corrects_id       text NULL,
    volunteer_id      text NOT NULL,
    organization_id   text NOT NULL,
    activity_id       text NULL,
    session_id        text NULL,
    -- The session the service belongs to: certified time never exceeds it, corrections included.
    session_start_utc timestamptz NULL,
    session_end_utc   timestamptz NULL,
    category          text NOT NULL,
    start_utc         timestamptz NOT NULL,
    end_utc           timestamptz NOT NULL,
    deducted_minutes  integer NOT NULL,
    minutes           integer NOT NULL,
    delta_minutes     integer NOT NULL,
    content           text NOT NULL,
    place             text NOT NULL,
    proof_name        text NOT NULL,
    proof_contact     text NULL,
    proof_note        text NULL,
    certified_by_id   text NOT NULL,
    certified_by_name text NOT NULL,
    certified_utc     timestamptz NOT NULL,
    reason            text NULL
);

-- One original entry per volunteer and session: a second certification is refused, a change is a correction.
CREATE UNIQUE INDEX IF NOT EXISTS ux_service_records_session ON service_records (session_id, volunteer_id) WHERE corrects_id IS NULL AND session_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS ix_service_records_volunteer ON service_records (volunteer_id, start_utc);
CREATE INDEX IF NOT EXISTS ix_service_records_root ON service_records (root_id, seq);
CREATE INDEX IF NOT EXISTS ix_service_records_volunteer_seq ON service_records (volunteer_id, seq);
CREATE INDEX IF NOT EXISTS ix_service_records_organization ON service_records (organization_id, certified_utc);

DROP TRIGGER IF EXISTS service_records_append_only ON service_records;
CREATE TRIGGER service_records_append_only BEFORE UPDATE OR DELETE ON service_records
    FOR EACH ROW EXECUTE FUNCTION vr_refuse_change();

DROP TRIGGER IF EXISTS service_records_no_truncate ON service_records;
CREATE TRIGGER service_records_no_truncate BEFORE TRUNCATE ON service_records
    FOR EACH STATEMENT EXECUTE FUNCTION vr_refuse_change();

-- Issue 16 (part): which years' holiday arrangement the city bureau has entered. A year not listed counts on the
-- statutory holidays the platform computes, and its deadlines say they may move. 2026's arrangement came with 0007.
CREATE TABLE IF NOT EXISTS calendar_years
(
    year            integer     NOT NULL PRIMARY KEY,
    entered_by_name text        NOT NULL,
    entered_utc     timestamptz NOT NULL,
    operation_id    text        NOT NULL
);

INSERT INTO calendar_years (year, entered_by_name, entered_utc, operation_id)
VALUES (2026, '国务院办公厅通知（随平台提供）', '2025-11-04T00:00:00Z', 'seed-2026')
ON CONFLICT (year) DO NOTHING;

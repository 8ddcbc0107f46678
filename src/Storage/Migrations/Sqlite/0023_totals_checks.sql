-- Issue 14 (part): the nightly check of every volunteer's running total against the sum of her ledger rows. One row a
-- run, append-only; the city bureau sees the latest on its home page.
CREATE TABLE IF NOT EXISTS totals_checks
(
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    run_utc       TEXT    NOT NULL,
    checked       INTEGER NOT NULL,
    drifted       INTEGER NOT NULL,
    drifted_ids   TEXT    NOT NULL
);

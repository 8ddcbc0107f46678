-- Issue 14 (part): the nightly check of every volunteer's running total against the sum of her ledger rows. One row a
-- run, append-only; the city bureau sees the latest on its home page.
CREATE TABLE IF NOT EXISTS totals_checks
(
    id            bigserial   PRIMARY KEY,
    run_utc       timestamptz NOT NULL,
    checked       integer     NOT NULL,
    drifted       integer     NOT NULL,
    drifted_ids   text        NOT NULL
);

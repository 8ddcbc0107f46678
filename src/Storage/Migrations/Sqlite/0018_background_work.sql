-- Issue 6: what the background jobs read and write. Campaigns and their rounds, the ranked candidates of a round and
-- its approved winners; honours of organizations and projects; report snapshots; daily alerts; national exports.

-- The star level joins the volunteers projection, so selections and statistics read it without asking every grain.
ALTER TABLE volunteers ADD COLUMN star_level INTEGER NOT NULL DEFAULT 0;

UPDATE volunteers SET star_level = COALESCE(
    (SELECT e.level FROM star_events e
     WHERE e.volunteer_id = volunteers.id AND e.kind IN ('Granted', 'Kept', 'Lowered')
     ORDER BY e.seq DESC LIMIT 1), 0);

-- Only starred volunteers are indexed: the distribution reads them, everyone else counts as "no star".
CREATE INDEX IF NOT EXISTS ix_volunteers_star_level ON volunteers (star_level, residence_region) WHERE star_level > 0;
CREATE INDEX IF NOT EXISTS ix_volunteers_region_registered ON volunteers (residence_region, registered_utc);

-- Statistics read monthly roll-ups of the ledger that a job keeps current from a stored position (job_watermarks):
-- minutes and entries per month, organization and service area, and who was active in a month with their birth year.
CREATE TABLE IF NOT EXISTS service_rollups
(
    month           TEXT NOT NULL,
    organization_id TEXT NOT NULL,
    category        TEXT NOT NULL,
    minutes         INTEGER NOT NULL,
    records         INTEGER NOT NULL,
    PRIMARY KEY (month, organization_id, category)
);

CREATE TABLE IF NOT EXISTS active_volunteers
(
    month           TEXT NOT NULL,
    organization_id TEXT NOT NULL,
    volunteer_id    TEXT NOT NULL,
    birth_year      INTEGER NULL,
    PRIMARY KEY (month, volunteer_id, organization_id)
);

-- Campaign selection sums a volunteer's minutes in a period and averages their evaluations: the indexes carry the
-- values, so the selection reads the indexes alone.
DROP INDEX IF EXISTS ix_service_records_volunteer;
CREATE INDEX ix_service_records_volunteer ON service_records (volunteer_id, start_utc, delta_minutes, organization_id);
DROP INDEX IF EXISTS ix_evaluations_volunteer;
CREATE INDEX ix_evaluations_volunteer ON evaluations (volunteer_id, evaluated_utc, duty_score, satisfaction_score);

CREATE INDEX IF NOT EXISTS ix_activities_first_start ON activities (first_start_utc);
CREATE INDEX IF NOT EXISTS ix_training_records_held ON training_records (held_on);

CREATE TABLE IF NOT EXISTS campaigns
(
    id              TEXT NOT NULL PRIMARY KEY,
    name            TEXT NOT NULL,
    kind            TEXT NOT NULL,
    scope_region    TEXT NULL,
    scope_organization TEXT NULL,
    period_from     TEXT NOT NULL,
    period_to       TEXT NOT NULL,
    places          INTEGER NOT NULL,
    schedule        TEXT NOT NULL,
    created_by_name TEXT NOT NULL,
    created_utc     TEXT NOT NULL
);

-- One round per period: a once campaign has one, a yearly one a round per year.
CREATE TABLE IF NOT EXISTS campaign_rounds
(
    campaign_id     TEXT NOT NULL,
    round           INTEGER NOT NULL,
    period_from     TEXT NOT NULL,
    period_to       TEXT NOT NULL,
    status          TEXT NOT NULL,
    batches_done    INTEGER NOT NULL DEFAULT 0,
    batches_total   INTEGER NOT NULL DEFAULT 0,
    candidates      INTEGER NOT NULL DEFAULT 0,
    started_utc     TEXT NULL,
    selected_utc    TEXT NULL,
    approved_utc    TEXT NULL,
    PRIMARY KEY (campaign_id, round)
);

-- Derived from the ledger by the selection job and replaced when it runs again; never a record of its own.
CREATE TABLE IF NOT EXISTS campaign_candidates
(
    campaign_id     TEXT NOT NULL,
    round           INTEGER NOT NULL,
    subject_id      TEXT NOT NULL,
    subject_name    TEXT NOT NULL,
    minutes         INTEGER NOT NULL,
    star_level      INTEGER NULL,
    evaluation      REAL NULL,
    PRIMARY KEY (campaign_id, round, subject_id)
);

CREATE TABLE IF NOT EXISTS campaign_winners
(
    campaign_id      TEXT NOT NULL,
    round            INTEGER NOT NULL,
    subject_id       TEXT NOT NULL,
    subject_name     TEXT NOT NULL,
    position         INTEGER NOT NULL,
    minutes          INTEGER NOT NULL,
    approved_by_name TEXT NOT NULL,
    approved_utc     TEXT NOT NULL,
    PRIMARY KEY (campaign_id, round, subject_id)
);

CREATE TRIGGER IF NOT EXISTS campaign_winners_no_change BEFORE UPDATE ON campaign_winners
BEGIN
    SELECT RAISE(ABORT, 'campaign_winners is append-only');
END;

CREATE TRIGGER IF NOT EXISTS campaign_winners_no_delete BEFORE DELETE ON campaign_winners
BEGIN
    SELECT RAISE(ABORT, 'campaign_winners is append-only');
END;

-- Commendations of organizations and projects (A27); a volunteer's go to commendations.
CREATE TABLE IF NOT EXISTS honours
(
    id               TEXT NOT NULL PRIMARY KEY,
    subject_kind     TEXT NOT NULL,
    subject_id       TEXT NOT NULL,
    organization_id  TEXT NOT NULL,
    title            TEXT NOT NULL,
    granted_on       TEXT NOT NULL,
    granting_body    TEXT NOT NULL,
    recorded_by_name TEXT NOT NULL,
    recorded_utc     TEXT NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_honours_organization ON honours (organization_id, granted_on);

CREATE TRIGGER IF NOT EXISTS honours_no_change BEFORE UPDATE ON honours
BEGIN
    SELECT RAISE(ABORT, 'honours is append-only');
END;

CREATE TRIGGER IF NOT EXISTS honours_no_delete BEFORE DELETE ON honours
BEGIN
    SELECT RAISE(ABORT, 'honours is append-only');
END;

-- A report is kept as it was generated: later corrections change the next report, not this one.
CREATE TABLE IF NOT EXISTS report_snapshots
(
    id              TEXT NOT NULL PRIMARY KEY,
    kind            TEXT NOT NULL,
    period_from     TEXT NOT NULL,
    period_to       TEXT NOT NULL,
    scope_region    TEXT NULL,
    scope_organization TEXT NULL,
    scope_name      TEXT NOT NULL,
    generated_by    TEXT NOT NULL,
    generated_utc   TEXT NOT NULL,
    content         TEXT NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_report_snapshots_scope ON report_snapshots (scope_region, scope_organization, generated_utc);

CREATE TRIGGER IF NOT EXISTS report_snapshots_no_change BEFORE UPDATE ON report_snapshots
BEGIN
    SELECT RAISE(ABORT, 'report_snapshots is append-only');
END;

CREATE TRIGGER IF NOT EXISTS report_snapshots_no_delete BEFORE DELETE ON report_snapshots
BEGIN
    SELECT RAISE(ABORT, 'report_snapshots is append-only');
END;

-- The daily alerts job replaces an organization's list of activities whose records are due soon or overdue.
CREATE TABLE IF NOT EXISTS record_alerts
(
    organization_id TEXT NOT NULL,
    activity_id     TEXT NOT NULL,
    title           TEXT NOT NULL,
    records_due     TEXT NOT NULL,
    overdue         INTEGER NOT NULL,
    listed_on       TEXT NOT NULL,
    PRIMARY KEY (organization_id, activity_id)
);

-- A volunteer who reached the hours of the next star level, found by the daily job; gone once the level is granted.
CREATE TABLE IF NOT EXISTS star_eligibility
(
    volunteer_id    TEXT NOT NULL PRIMARY KEY,
    level           INTEGER NOT NULL,
    found_on        TEXT NOT NULL
);

-- Where each job got to in the append-only tables it reads, so a rerun goes on from there.
CREATE TABLE IF NOT EXISTS job_watermarks
(
    name            TEXT NOT NULL PRIMARY KEY,
    position        INTEGER NOT NULL
);

-- Training and commendation rows are ordered by SQLite's rowid, which grows as rows are appended to them.

-- Each export covers the rows after the previous one's end and up to its own: no row goes out twice, a correction is
-- a new row and goes out in the next export. The file is rebuilt from these bounds on every download.
CREATE TABLE IF NOT EXISTS national_exports
(
    number              INTEGER NOT NULL PRIMARY KEY,
    records_after       INTEGER NOT NULL,
    records_to          INTEGER NOT NULL,
    training_after      INTEGER NOT NULL,
    training_to         INTEGER NOT NULL,
    commendations_after INTEGER NOT NULL,
    commendations_to    INTEGER NOT NULL,
    record_count        INTEGER NOT NULL,
    training_count      INTEGER NOT NULL,
    commendation_count  INTEGER NOT NULL,
    created_by_name     TEXT NOT NULL,
    created_utc         TEXT NOT NULL
);

CREATE TRIGGER IF NOT EXISTS national_exports_no_change BEFORE UPDATE ON national_exports
BEGIN
    SELECT RAISE(ABORT, 'national_exports is append-only');
END;

CREATE TRIGGER IF NOT EXISTS national_exports_no_delete BEFORE DELETE ON national_exports
BEGIN
    SELECT RAISE(ABORT, 'national_exports is append-only');
END;

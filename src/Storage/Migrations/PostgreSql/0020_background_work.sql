-- Issue 6: what the background jobs read and write. Campaigns and their rounds, the ranked candidates of a round and
-- its approved winners; honours of organizations and projects; report snapshots; daily alerts; national exports.

-- The star level joins the volunteers projection, so selections and statistics read it without asking every grain.
ALTER TABLE volunteers ADD COLUMN IF NOT EXISTS star_level integer NOT NULL DEFAULT 0;

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
    month           date NOT NULL,
    organization_id text NOT NULL,
    category        text NOT NULL,
    minutes         bigint NOT NULL,
    records         bigint NOT NULL,
    PRIMARY KEY (month, organization_id, category)
);

CREATE TABLE IF NOT EXISTS active_volunteers
(
    month           date NOT NULL,
    organization_id text NOT NULL,
    volunteer_id    text NOT NULL,
    birth_year      integer NULL,
    -- In volunteer order within a month, with the birth year alongside: a month's distinct volunteers and their ages
    -- are read from the index alone, in one ordered pass.
    PRIMARY KEY (month, volunteer_id, organization_id) INCLUDE (birth_year)
);

-- Campaign selection sums a volunteer's minutes in a period and averages their evaluations: the indexes carry the
-- values, so a million volunteers are read from the indexes alone.
DROP INDEX IF EXISTS ix_service_records_volunteer;
CREATE INDEX ix_service_records_volunteer ON service_records (volunteer_id, start_utc) INCLUDE (delta_minutes, organization_id);
DROP INDEX IF EXISTS ix_evaluations_volunteer;
CREATE INDEX ix_evaluations_volunteer ON evaluations (volunteer_id, evaluated_utc) INCLUDE (duty_score, satisfaction_score);

CREATE INDEX IF NOT EXISTS ix_activities_first_start ON activities (first_start_utc);
CREATE INDEX IF NOT EXISTS ix_training_records_held ON training_records (held_on);

CREATE TABLE IF NOT EXISTS campaigns
(
    id              text NOT NULL PRIMARY KEY,
    name            text NOT NULL,
    kind            text NOT NULL,
    scope_region    text NULL,
    scope_organization text NULL,
    period_from     date NOT NULL,
    period_to       date NOT NULL,
    places          integer NOT NULL,
    schedule        text NOT NULL,
    created_by_name text NOT NULL,
    created_utc     timestamptz NOT NULL
);

-- One round per period: a once campaign has one, a yearly one a round per year.
CREATE TABLE IF NOT EXISTS campaign_rounds
(
    campaign_id     text NOT NULL,
    round           integer NOT NULL,
    period_from     date NOT NULL,
    period_to       date NOT NULL,
    status          text NOT NULL,
    batches_done    integer NOT NULL DEFAULT 0,
    batches_total   integer NOT NULL DEFAULT 0,
    candidates      integer NOT NULL DEFAULT 0,
    started_utc     timestamptz NULL,
    selected_utc    timestamptz NULL,
    approved_utc    timestamptz NULL,
    PRIMARY KEY (campaign_id, round)
);

-- Derived from the ledger by the selection job and replaced when it runs again; never a record of its own.
CREATE TABLE IF NOT EXISTS campaign_candidates
(
    campaign_id     text NOT NULL,
    round           integer NOT NULL,
    subject_id      text NOT NULL,
    subject_name    text NOT NULL,
    minutes         bigint NOT NULL,
    star_level      integer NULL,
    evaluation      double precision NULL,
    PRIMARY KEY (campaign_id, round, subject_id)
);

CREATE TABLE IF NOT EXISTS campaign_winners
(
    campaign_id      text NOT NULL,
    round            integer NOT NULL,
    subject_id       text NOT NULL,
    subject_name     text NOT NULL,
    position         integer NOT NULL,
    minutes          bigint NOT NULL,
    approved_by_name text NOT NULL,
    approved_utc     timestamptz NOT NULL,
    PRIMARY KEY (campaign_id, round, subject_id)
);

DROP TRIGGER IF EXISTS campaign_winners_append_only ON campaign_winners;
CREATE TRIGGER campaign_winners_append_only BEFORE UPDATE OR DELETE ON campaign_winners
    FOR EACH ROW EXECUTE FUNCTION vr_refuse_change();

-- Commendations of organizations and projects (A27); a volunteer's go to commendations.
CREATE TABLE IF NOT EXISTS honours
(
    id               text NOT NULL PRIMARY KEY,
    subject_kind     text NOT NULL,
    subject_id       text NOT NULL,
    organization_id  text NOT NULL,
    title            text NOT NULL,
    granted_on       date NOT NULL,
    granting_body    text NOT NULL,
    recorded_by_name text NOT NULL,
    recorded_utc     timestamptz NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_honours_organization ON honours (organization_id, granted_on);

DROP TRIGGER IF EXISTS honours_append_only ON honours;
CREATE TRIGGER honours_append_only BEFORE UPDATE OR DELETE ON honours
    FOR EACH ROW EXECUTE FUNCTION vr_refuse_change();

-- A report is kept as it was generated: later corrections change the next report, not this one.
CREATE TABLE IF NOT EXISTS report_snapshots
(
    id              text NOT NULL PRIMARY KEY,
    kind            text NOT NULL,
    period_from     date NOT NULL,
    period_to       date NOT NULL,
    scope_region    text NULL,
    scope_organization text NULL,
    scope_name      text NOT NULL,
    generated_by    text NOT NULL,
    generated_utc   timestamptz NOT NULL,
    content         text NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_report_snapshots_scope ON report_snapshots (scope_region, scope_organization, generated_utc);

DROP TRIGGER IF EXISTS report_snapshots_append_only ON report_snapshots;
CREATE TRIGGER report_snapshots_append_only BEFORE UPDATE OR DELETE ON report_snapshots
    FOR EACH ROW EXECUTE FUNCTION vr_refuse_change();

-- The daily alerts job replaces an organization's list of activities whose records are due soon or overdue.
CREATE TABLE IF NOT EXISTS record_alerts
(
    organization_id text NOT NULL,
    activity_id     text NOT NULL,
    title           text NOT NULL,
    records_due     date NOT NULL,
    overdue         boolean NOT NULL,
    listed_on       date NOT NULL,
    PRIMARY KEY (organization_id, activity_id)
);

-- A volunteer who reached the hours of the next star level, found by the daily job; gone once the level is granted.
CREATE TABLE IF NOT EXISTS star_eligibility
(
    volunteer_id    text NOT NULL PRIMARY KEY,
    level           integer NOT NULL,
    found_on        date NOT NULL
);

-- Where each job got to in the append-only tables it reads, so a rerun goes on from there.
CREATE TABLE IF NOT EXISTS job_watermarks
(
    name            text NOT NULL PRIMARY KEY,
    position        bigint NOT NULL
);

-- Training and commendation rows get a position in the order they were written, as the ledger has, for the export.
ALTER TABLE training_records ADD COLUMN IF NOT EXISTS seq bigint GENERATED ALWAYS AS IDENTITY;
ALTER TABLE commendations ADD COLUMN IF NOT EXISTS seq bigint GENERATED ALWAYS AS IDENTITY;
CREATE UNIQUE INDEX IF NOT EXISTS ux_training_records_seq ON training_records (seq);
CREATE UNIQUE INDEX IF NOT EXISTS ux_commendations_seq ON commendations (seq);

-- Each export covers the rows after the previous one's end and up to its own: no row goes out twice, a correction is
-- a new row and goes out in the next export. The file is rebuilt from these bounds on every download.
CREATE TABLE IF NOT EXISTS national_exports
(
    number              integer NOT NULL PRIMARY KEY,
    records_after       bigint NOT NULL,
    records_to          bigint NOT NULL,
    training_after      bigint NOT NULL,
    training_to         bigint NOT NULL,
    commendations_after bigint NOT NULL,
    commendations_to    bigint NOT NULL,
    record_count        integer NOT NULL,
    training_count      integer NOT NULL,
    commendation_count  integer NOT NULL,
    created_by_name     text NOT NULL,
    created_utc         timestamptz NOT NULL
);

DROP TRIGGER IF EXISTS national_exports_append_only ON national_exports;
CREATE TRIGGER national_exports_append_only BEFORE UPDATE OR DELETE ON national_exports
    FOR EACH ROW EXECUTE FUNCTION vr_refuse_change();

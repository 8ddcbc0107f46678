-- Issue 7 (part): service needs, projects and service bases (A19). The grains own them; these are their projections.

CREATE TABLE IF NOT EXISTS service_needs
(
    id               TEXT NOT NULL PRIMARY KEY,
    organization_id  TEXT NOT NULL,
    title            TEXT NOT NULL,
    description      TEXT NOT NULL,
    recipient        TEXT NOT NULL,
    place            TEXT NOT NULL,
    region_code      TEXT NOT NULL,
    category         TEXT NOT NULL,
    volunteers       INTEGER NOT NULL,
    skills           TEXT NOT NULL,
    starts_on        TEXT NOT NULL,
    ends_on          TEXT NOT NULL,
    status           TEXT NOT NULL,
    published_utc    TEXT NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_service_needs_open ON service_needs (status, starts_on);

CREATE TABLE IF NOT EXISTS projects
(
    id               TEXT NOT NULL PRIMARY KEY,
    organization_id  TEXT NOT NULL,
    need_id          TEXT NULL,
    name             TEXT NOT NULL,
    team_id          TEXT NULL,
    status           TEXT NOT NULL,
    created_utc      TEXT NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_projects_organization ON projects (organization_id, created_utc);

CREATE TABLE IF NOT EXISTS service_bases
(
    id               TEXT NOT NULL PRIMARY KEY,
    organization_id  TEXT NOT NULL,
    name             TEXT NOT NULL,
    address          TEXT NOT NULL,
    agreement_from   TEXT NOT NULL,
    agreement_to     TEXT NOT NULL,
    kinds            TEXT NOT NULL,
    created_utc      TEXT NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_service_bases_organization ON service_bases (organization_id, name);

ALTER TABLE activities ADD COLUMN project_id TEXT NULL;
ALTER TABLE activities ADD COLUMN base_id TEXT NULL;
CREATE INDEX IF NOT EXISTS ix_activities_project ON activities (project_id) WHERE project_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS ix_activities_base ON activities (base_id) WHERE base_id IS NOT NULL;

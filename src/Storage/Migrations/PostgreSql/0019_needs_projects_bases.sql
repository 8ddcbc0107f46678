-- Issue 7 (part): service needs, projects and service bases (A19). The grains own them; these are their projections.

CREATE TABLE IF NOT EXISTS service_needs
(
    id               text NOT NULL PRIMARY KEY,
    organization_id  text NOT NULL,
    title            text NOT NULL,
    description      text NOT NULL,
    recipient        text NOT NULL,
    place            text NOT NULL,
    region_code      text NOT NULL,
    category         text NOT NULL,
    volunteers       integer NOT NULL,
    skills           text NOT NULL,
    starts_on        date NOT NULL,
    ends_on          date NOT NULL,
    status           text NOT NULL,
    published_utc    timestamptz NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_service_needs_open ON service_needs (status, starts_on);

CREATE TABLE IF NOT EXISTS projects
(
    id               text NOT NULL PRIMARY KEY,
    organization_id  text NOT NULL,
    need_id          text NULL,
    name             text NOT NULL,
    team_id          text NULL,
    status           text NOT NULL,
    created_utc      timestamptz NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_projects_organization ON projects (organization_id, created_utc);

CREATE TABLE IF NOT EXISTS service_bases
(
    id               text NOT NULL PRIMARY KEY,
    organization_id  text NOT NULL,
    name             text NOT NULL,
    address          text NOT NULL,
    agreement_from   date NOT NULL,
    agreement_to     date NOT NULL,
    kinds            text NOT NULL,
    created_utc      timestamptz NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_service_bases_organization ON service_bases (organization_id, name);

ALTER TABLE activities ADD COLUMN IF NOT EXISTS project_id text NULL;
ALTER TABLE activities ADD COLUMN IF NOT EXISTS base_id text NULL;
CREATE INDEX IF NOT EXISTS ix_activities_project ON activities (project_id) WHERE project_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS ix_activities_base ON activities (base_id) WHERE base_id IS NOT NULL;

-- Issue 7 (part): volunteer service teams (A17) and group sign-up (A8).

CREATE TABLE IF NOT EXISTS teams
(
    id               text NOT NULL PRIMARY KEY,
    organization_id  text NOT NULL,
    name             text NOT NULL,
    intentions       text NOT NULL,
    leader_id        text NOT NULL,
    member_count     integer NOT NULL,
    created_utc      timestamptz NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_teams_organization ON teams (organization_id, name);

-- Who is in a team: a row per stay, closed when the member leaves (the team grain's projection).
CREATE TABLE IF NOT EXISTS team_members
(
    id            text NOT NULL PRIMARY KEY,
    team_id       text NOT NULL,
    volunteer_id  text NOT NULL,
    joined_utc    timestamptz NOT NULL,
    left_utc      timestamptz NULL
);

CREATE UNIQUE INDEX IF NOT EXISTS ux_team_members_current ON team_members (team_id, volunteer_id) WHERE left_utc IS NULL;
CREATE INDEX IF NOT EXISTS ix_team_members_volunteer ON team_members (volunteer_id);

ALTER TABLE activity_participants ADD COLUMN IF NOT EXISTS team_id text NULL;
CREATE INDEX IF NOT EXISTS ix_activity_participants_team ON activity_participants (team_id) WHERE team_id IS NOT NULL;

-- Issue 7 (part): volunteer service teams (A17) and group sign-up (A8).

CREATE TABLE IF NOT EXISTS teams
(
    id               TEXT NOT NULL PRIMARY KEY,
    organization_id  TEXT NOT NULL,
    name             TEXT NOT NULL,
    intentions       TEXT NOT NULL,
    leader_id        TEXT NOT NULL,
    member_count     INTEGER NOT NULL,
    created_utc      TEXT NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_teams_organization ON teams (organization_id, name);

-- Who is in a team: a row per stay, closed when the member leaves (the team grain's projection).
CREATE TABLE IF NOT EXISTS team_members
(
    id            TEXT NOT NULL PRIMARY KEY,
    team_id       TEXT NOT NULL,
    volunteer_id  TEXT NOT NULL,
    joined_utc    TEXT NOT NULL,
    left_utc      TEXT NULL
);

CREATE UNIQUE INDEX IF NOT EXISTS ux_team_members_current ON team_members (team_id, volunteer_id) WHERE left_utc IS NULL;
CREATE INDEX IF NOT EXISTS ix_team_members_volunteer ON team_members (volunteer_id);

ALTER TABLE activity_participants ADD COLUMN team_id TEXT NULL;
CREATE INDEX IF NOT EXISTS ix_activity_participants_team ON activity_participants (team_id) WHERE team_id IS NOT NULL;

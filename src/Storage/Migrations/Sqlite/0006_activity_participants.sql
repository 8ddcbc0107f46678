-- Issue 4 (part): who signed up for which activity, and the time each volunteer has promised.

-- The roster and waiting list of an activity (A8): one row per volunteer, status kept current, times kept.
CREATE TABLE IF NOT EXISTS activity_participants
(
    activity_id    TEXT  NOT NULL,
    volunteer_id   TEXT  NOT NULL,
    status         TEXT  NOT NULL,
    position       INTEGER  NOT NULL,
    signed_up_utc  TEXT NOT NULL,
    accepted_utc   TEXT NOT NULL,
    withdrawn_utc  TEXT NULL,
    notice         TEXT  NULL,
    PRIMARY KEY (activity_id, volunteer_id)
);

CREATE INDEX IF NOT EXISTS ix_activity_participants_status ON activity_participants (activity_id, status, position);
CREATE INDEX IF NOT EXISTS ix_activity_participants_volunteer ON activity_participants (volunteer_id, signed_up_utc);

-- Sessions a volunteer has promised to attend: a new sign-up may not overlap them.
CREATE TABLE IF NOT EXISTS volunteer_commitments
(
    volunteer_id TEXT  NOT NULL,
    session_id   TEXT  NOT NULL,
    activity_id  TEXT  NOT NULL,
    start_utc    TEXT NOT NULL,
    end_utc      TEXT NOT NULL,
    active       INTEGER NOT NULL,
    PRIMARY KEY (volunteer_id, session_id)
);

CREATE INDEX IF NOT EXISTS ix_volunteer_commitments_time ON volunteer_commitments (volunteer_id, start_utc);

ALTER TABLE activities ADD COLUMN first_start_utc TEXT NULL;
ALTER TABLE activities ADD COLUMN last_end_utc TEXT NULL;
ALTER TABLE activities ADD COLUMN ended_utc TEXT NULL;

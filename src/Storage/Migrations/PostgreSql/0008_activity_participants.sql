-- Issue 4 (part): who signed up for which activity, and the time each volunteer has promised.

-- The roster and waiting list of an activity (A8): one row per volunteer, status kept current, times kept.
CREATE TABLE IF NOT EXISTS activity_participants
(
    activity_id    text  NOT NULL,
    volunteer_id   text  NOT NULL,
    status         text  NOT NULL,
    position       bigint  NOT NULL,
    signed_up_utc  timestamptz NOT NULL,
    accepted_utc   timestamptz NOT NULL,
    withdrawn_utc  timestamptz NULL,
    notice         text  NULL,
    PRIMARY KEY (activity_id, volunteer_id)
);

CREATE INDEX IF NOT EXISTS ix_activity_participants_status ON activity_participants (activity_id, status, position);
CREATE INDEX IF NOT EXISTS ix_activity_participants_volunteer ON activity_participants (volunteer_id, signed_up_utc);

-- Sessions a volunteer has promised to attend: a new sign-up may not overlap them.
CREATE TABLE IF NOT EXISTS volunteer_commitments
(
    volunteer_id text  NOT NULL,
    session_id   text  NOT NULL,
    activity_id  text  NOT NULL,
    start_utc    timestamptz NOT NULL,
    end_utc      timestamptz NOT NULL,
    active       boolean NOT NULL,
    PRIMARY KEY (volunteer_id, session_id)
);

CREATE INDEX IF NOT EXISTS ix_volunteer_commitments_time ON volunteer_commitments (volunteer_id, start_utc);

ALTER TABLE activities ADD COLUMN IF NOT EXISTS first_start_utc timestamptz NULL;
ALTER TABLE activities ADD COLUMN IF NOT EXISTS last_end_utc timestamptz NULL;
ALTER TABLE activities ADD COLUMN IF NOT EXISTS ended_utc timestamptz NULL;

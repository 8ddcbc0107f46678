-- Issue 5 (part): the history of a volunteer's star levels (A26): applications, decisions, reviews. Append-only.

CREATE TABLE IF NOT EXISTS star_events
(
    seq           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id            text NOT NULL UNIQUE,
    volunteer_id  text NOT NULL,
    kind          text NOT NULL,
    level         integer NOT NULL,
    reason        text NULL,
    by_name       text NOT NULL,
    at_utc        timestamptz NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_star_events_volunteer ON star_events (volunteer_id, seq);

DROP TRIGGER IF EXISTS star_events_append_only ON star_events;
CREATE TRIGGER star_events_append_only BEFORE UPDATE OR DELETE ON star_events
    FOR EACH ROW EXECUTE FUNCTION vr_refuse_change();

DROP TRIGGER IF EXISTS star_events_no_truncate ON star_events;
CREATE TRIGGER star_events_no_truncate BEFORE TRUNCATE ON star_events
    FOR EACH STATEMENT EXECUTE FUNCTION vr_refuse_change();

-- Issue 16 (part): a bureau's spot checks of certified entries (办法 Art21-22). A check and the entries drawn for it
-- are written once; every verdict and every answer is a new event row, so nothing said is ever overwritten.
CREATE TABLE IF NOT EXISTS spot_checks
(
    id            text        NOT NULL PRIMARY KEY,
    region_code   text        NOT NULL,
    from_day      date        NOT NULL,
    to_day        date        NOT NULL,
    size          integer     NOT NULL,
    drawn_by_name text        NOT NULL,
    drawn_utc     timestamptz NOT NULL
);

CREATE TABLE IF NOT EXISTS spot_check_items
(
    check_id        text NOT NULL,
    root_id         text NOT NULL,
    record_id       text NOT NULL,
    organization_id text NOT NULL,
    volunteer_id    text NOT NULL,
    PRIMARY KEY (check_id, root_id)
);

CREATE INDEX IF NOT EXISTS ix_spot_check_items_organization ON spot_check_items (organization_id);

CREATE TABLE IF NOT EXISTS spot_check_events
(
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    operation_id text        NOT NULL UNIQUE,
    check_id     text        NOT NULL,
    root_id      text        NOT NULL,
    kind         text        NOT NULL CHECK (kind IN ('Confirmed', 'Questioned', 'Answered')),
    note         text        NOT NULL,
    by_name      text        NOT NULL,
    at_utc       timestamptz NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_spot_check_events_item ON spot_check_events (check_id, root_id, id);

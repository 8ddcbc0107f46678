-- Issue 13 (part): sessions held on the server. A cookie names its session; signing out, ending it from the session
-- list, disabling the account or passing its absolute end makes the cookie worthless at its next request.
CREATE TABLE IF NOT EXISTS account_sessions
(
    id           text        NOT NULL PRIMARY KEY,
    account_id   text        NOT NULL,
    started_utc  timestamptz NOT NULL,
    expires_utc  timestamptz NOT NULL,
    ended_utc    timestamptz NULL,
    remote_ip    text        NULL,
    user_agent   text        NULL
);

CREATE INDEX IF NOT EXISTS ix_account_sessions_account ON account_sessions (account_id, started_utc);

-- Issue 13 (part): failed sign-ins counted per account and client address. Guessing from one address slows down more
-- and more; the account's owner, signing in from elsewhere, is not locked out by a stranger typing her phone number.
CREATE TABLE IF NOT EXISTS sign_in_failures
(
    account_id         TEXT    NOT NULL,
    remote_ip          TEXT    NOT NULL,
    failures           INTEGER NOT NULL,
    last_utc           TEXT    NOT NULL,
    blocked_until_utc  TEXT    NULL,
    PRIMARY KEY (account_id, remote_ip)
);

-- Issue 13 (part): failed sign-ins counted per account and client address. Guessing from one address slows down more
-- and more; the account's owner, signing in from elsewhere, is not locked out by a stranger typing her phone number.
CREATE TABLE IF NOT EXISTS sign_in_failures
(
    account_id         text        NOT NULL,
    remote_ip          text        NOT NULL,
    failures           integer     NOT NULL,
    last_utc           timestamptz NOT NULL,
    blocked_until_utc  timestamptz NULL,
    PRIMARY KEY (account_id, remote_ip)
);

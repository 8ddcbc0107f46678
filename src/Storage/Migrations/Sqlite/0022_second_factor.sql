-- Issue 13 (part): an authenticator (TOTP) as second factor, and re-authentication before sensitive acts.
-- The authenticator key is kept encrypted with the platform's data protection keys; recovery codes only as hashes,
-- so a copy of the database lets nobody past the second factor.
ALTER TABLE accounts ADD COLUMN two_factor_enabled INTEGER NOT NULL DEFAULT 0;
ALTER TABLE accounts ADD COLUMN authenticator_key TEXT NULL;
ALTER TABLE accounts ADD COLUMN recovery_codes TEXT NULL;

-- When the session's owner last proved it was them (at sign-in, or again before revealing ID numbers and the like).
ALTER TABLE account_sessions ADD COLUMN confirmed_utc TEXT NULL;
UPDATE account_sessions SET confirmed_utc = started_utc WHERE confirmed_utc IS NULL;

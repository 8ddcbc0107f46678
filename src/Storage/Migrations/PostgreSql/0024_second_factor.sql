-- Issue 13 (part): an authenticator (TOTP) as second factor, and re-authentication before sensitive acts.
-- The authenticator key is kept encrypted with the platform's data protection keys; recovery codes only as hashes,
-- so a copy of the database lets nobody past the second factor.
ALTER TABLE accounts ADD COLUMN IF NOT EXISTS two_factor_enabled boolean NOT NULL DEFAULT false;
ALTER TABLE accounts ADD COLUMN IF NOT EXISTS authenticator_key text NULL;
ALTER TABLE accounts ADD COLUMN IF NOT EXISTS recovery_codes text NULL;

-- When the session's owner last proved it was them (at sign-in, or again before revealing ID numbers and the like).
ALTER TABLE account_sessions ADD COLUMN IF NOT EXISTS confirmed_utc timestamptz NULL;
UPDATE account_sessions SET confirmed_utc = started_utc WHERE confirmed_utc IS NULL;

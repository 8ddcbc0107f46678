-- Issue 16 (part): a person who came without signing up is added to the roster at the place, from the paper sheet;
-- the row names who added her (null for a sign-up of her own).
ALTER TABLE activity_participants ADD COLUMN added_by_name TEXT NULL;

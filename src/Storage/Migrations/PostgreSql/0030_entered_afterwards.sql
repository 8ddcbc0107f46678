-- Issue 16 (part): hours an organization kept on paper before it used the platform, imported from a sheet, are
-- certified like any entry and marked as entered afterwards.
ALTER TABLE service_records ADD COLUMN IF NOT EXISTS entered_afterwards boolean NOT NULL DEFAULT false;

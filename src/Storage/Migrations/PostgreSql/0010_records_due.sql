-- Issue 4 (part): the records deadline of each ended activity, so an organization can list what is overdue (办法 Art11).

-- The activity grain computes the date on the working-day calendar and projects it here.
ALTER TABLE activities ADD COLUMN IF NOT EXISTS records_due date NULL;

-- Only ended activities with open records can be overdue, so the index holds just those.
CREATE INDEX IF NOT EXISTS ix_activities_records_due ON activities (organization_id, records_due) WHERE status = 'Ended';

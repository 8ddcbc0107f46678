-- Issue 12: whose record a commendation is, so that another organization sees it only while the volunteer shares (A23, A24).
-- Rows written before carry no owner: they are shown only to the volunteer, bureaus and organizations she shares with.
ALTER TABLE commendations ADD COLUMN IF NOT EXISTS organization_id TEXT NULL;

-- Whose records a certificate lists (comma-separated ids), so that it opens only for those organizations (A23).
-- Certificates issued before carry none: they open for the volunteer, bureaus and organizations she shares with.
ALTER TABLE certificates ADD COLUMN IF NOT EXISTS organization_ids TEXT NULL;

-- A staff member's own ID number (its keyed hash), so that the platform knows their own volunteer record and keeps
-- them from certifying, correcting or commending it (A21).
ALTER TABLE accounts ADD COLUMN IF NOT EXISTS personal_document_hash TEXT NULL;

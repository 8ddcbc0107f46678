-- Issue 4 (part): a complaint is never deleted, its filing never rewritten, and it is decided once (A22).
-- The grain already decides only a filed complaint; the database keeps that true for any other writer too.

CREATE TRIGGER IF NOT EXISTS complaints_decided_once BEFORE UPDATE ON complaints
WHEN OLD.status <> 'Filed'
    OR NEW.status NOT IN ('Upheld', 'Dismissed')
    OR NEW.id IS NOT OLD.id OR NEW.volunteer_id IS NOT OLD.volunteer_id OR NEW.organization_id IS NOT OLD.organization_id
    OR NEW.complainant IS NOT OLD.complainant OR NEW.content IS NOT OLD.content
    OR NEW.filed_by_name IS NOT OLD.filed_by_name OR NEW.filed_utc IS NOT OLD.filed_utc
BEGIN
    SELECT RAISE(ABORT, 'complaints are decided once and never rewritten');
END;

CREATE TRIGGER IF NOT EXISTS complaints_no_delete BEFORE DELETE ON complaints
BEGIN
    SELECT RAISE(ABORT, 'complaints are decided once and never rewritten');
END;

-- Issue 4 (part): a complaint is never deleted, its filing never rewritten, and it is decided once (A22).
-- The grain already decides only a filed complaint; the database keeps that true for any other writer too.

CREATE OR REPLACE FUNCTION vr_complaint_decided_once() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE'
        OR OLD.status <> 'Filed'
        OR NEW.status NOT IN ('Upheld', 'Dismissed')
        OR (NEW.id, NEW.volunteer_id, NEW.organization_id, NEW.complainant, NEW.content, NEW.filed_by_name, NEW.filed_utc)
           IS DISTINCT FROM (OLD.id, OLD.volunteer_id, OLD.organization_id, OLD.complainant, OLD.content, OLD.filed_by_name, OLD.filed_utc)
    THEN
        RAISE EXCEPTION 'complaints are decided once and never rewritten' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;

DROP TRIGGER IF EXISTS complaints_decided_once ON complaints;
CREATE TRIGGER complaints_decided_once BEFORE UPDATE OR DELETE ON complaints
    FOR EACH ROW EXECUTE FUNCTION vr_complaint_decided_once();

DROP TRIGGER IF EXISTS complaints_no_truncate ON complaints;
CREATE TRIGGER complaints_no_truncate BEFORE TRUNCATE ON complaints
    FOR EACH STATEMENT EXECUTE FUNCTION vr_refuse_change();

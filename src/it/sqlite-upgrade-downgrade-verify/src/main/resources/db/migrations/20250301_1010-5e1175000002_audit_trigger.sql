-- revision: 5e1175000002
-- down_revision: 5e1175000001
-- message: audit trigger

-- migrate:upgrade
CREATE TRIGGER person_renamed AFTER UPDATE OF name ON person
BEGIN
  INSERT INTO person_audit (person_id, what) VALUES (NEW.id, 'renamed; was ' || OLD.name);
END;

-- migrate:downgrade
DROP TRIGGER person_renamed;

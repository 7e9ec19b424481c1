-- revision: bb02beef0002
-- down_revision: bb01beef0001
-- message: touch trigger

-- migrate:upgrade
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.touched_at := now();
    RETURN NEW;
END
$$;
CREATE TRIGGER people_touch BEFORE UPDATE ON people FOR EACH ROW EXECUTE FUNCTION touch();

-- migrate:downgrade
DROP TRIGGER people_touch ON people;
DROP FUNCTION touch();

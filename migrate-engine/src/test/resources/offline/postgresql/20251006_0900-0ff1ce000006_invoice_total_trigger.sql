-- revision: 0ff1ce000006
-- down_revision: 0ff1ce000005
-- message: invoice total trigger
-- create_date: 2025-10-06 09:00:00

-- migrate:upgrade
CREATE FUNCTION add_line_total() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- a semicolon inside the body; must not split the statement
    UPDATE invoices SET total = total + NEW.amount WHERE id = NEW.invoice_id;
    RETURN NEW;
END
$$;
CREATE TRIGGER invoice_lines_total AFTER INSERT ON invoice_lines
    FOR EACH ROW EXECUTE FUNCTION add_line_total();

-- migrate:downgrade
DROP TRIGGER invoice_lines_total ON invoice_lines;
DROP FUNCTION add_line_total();

-- revision: 0ff1ce000006
-- down_revision: 0ff1ce000005
-- message: invoice total trigger
-- create_date: 2025-10-06 09:00:00

-- migrate:upgrade
-- migrate:statement-begin
CREATE TRIGGER invoice_lines_total AFTER INSERT ON invoice_lines
FOR EACH ROW
BEGIN
    UPDATE invoices SET total = total + NEW.amount WHERE id = NEW.invoice_id;
END;
-- migrate:statement-end

-- migrate:downgrade
DROP TRIGGER invoice_lines_total;

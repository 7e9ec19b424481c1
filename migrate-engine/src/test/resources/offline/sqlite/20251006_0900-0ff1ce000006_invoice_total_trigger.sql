-- revision: 0ff1ce000006
-- down_revision: 0ff1ce000005
-- message: invoice total trigger
-- create_date: 2025-10-06 09:00:00

-- migrate:upgrade
CREATE TRIGGER invoice_lines_amount_positive BEFORE INSERT ON invoice_lines
WHEN NEW.amount < 0
BEGIN
  SELECT RAISE(ABORT, 'negative amount; refused');
END;

-- migrate:downgrade
DROP TRIGGER invoice_lines_amount_positive;

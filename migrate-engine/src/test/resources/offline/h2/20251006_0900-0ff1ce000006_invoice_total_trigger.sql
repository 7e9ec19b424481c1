-- revision: 0ff1ce000006
-- down_revision: 0ff1ce000005
-- message: invoice total trigger
-- create_date: 2025-10-06 09:00:00

-- migrate:upgrade
ALTER TABLE invoice_lines ADD CONSTRAINT invoice_lines_amount_positive CHECK (amount >= 0);

-- migrate:downgrade
ALTER TABLE invoice_lines DROP CONSTRAINT invoice_lines_amount_positive;

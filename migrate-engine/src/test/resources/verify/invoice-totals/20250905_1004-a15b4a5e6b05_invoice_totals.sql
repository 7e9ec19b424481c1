-- revision: a15b4a5e6b05
-- down_revision: 9e4a3f6d5a04
-- message: invoice totals
-- create_date: 2025-09-05 10:04:00

-- migrate:upgrade
ALTER TABLE invoices ADD COLUMN total NUMERIC(12,2) DEFAULT 0 NOT NULL;
ALTER TABLE invoices ADD CONSTRAINT ck_invoices_total CHECK (total >= 0);

-- migrate:downgrade
ALTER TABLE invoices DROP CONSTRAINT ck_invoices_total;
ALTER TABLE invoices DROP COLUMN total;

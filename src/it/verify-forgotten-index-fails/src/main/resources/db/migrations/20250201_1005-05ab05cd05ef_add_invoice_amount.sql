-- revision: 05ab05cd05ef
-- down_revision: 04ab04cd04ef
-- message: add invoice amount
-- create_date: 2025-02-01 10:05:00

-- migrate:upgrade
ALTER TABLE invoices ADD COLUMN amount INT DEFAULT 0 NOT NULL;

-- migrate:downgrade
ALTER TABLE invoices DROP COLUMN amount;

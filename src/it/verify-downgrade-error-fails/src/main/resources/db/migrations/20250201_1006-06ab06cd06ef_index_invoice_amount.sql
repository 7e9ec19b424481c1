-- revision: 06ab06cd06ef
-- down_revision: 05ab05cd05ef
-- message: index invoice amount
-- create_date: 2025-02-01 10:06:00

-- migrate:upgrade
CREATE INDEX invoices_amount_idx ON invoices (amount);

-- migrate:downgrade
DROP INDEX invoices_amount_idx;

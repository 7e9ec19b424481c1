-- revision: b26c5b4f7c06
-- down_revision: a15b4a5e6b05
-- message: invoice number sequence
-- create_date: 2025-09-06 10:05:00

-- migrate:upgrade
CREATE SEQUENCE invoice_numbers START WITH 1000 INCREMENT BY 1;

-- migrate:downgrade
DROP SEQUENCE invoice_numbers;

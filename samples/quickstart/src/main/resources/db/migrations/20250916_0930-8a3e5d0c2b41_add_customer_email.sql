-- revision: 8a3e5d0c2b41
-- down_revision: 4f1c2a7b9d10
-- message: add customer email
-- create_date: 2025-09-16 09:30:00

-- migrate:upgrade
ALTER TABLE customer ADD COLUMN email VARCHAR(320);
CREATE UNIQUE INDEX customer_email_uq ON customer (email);

-- migrate:downgrade
DROP INDEX customer_email_uq;
ALTER TABLE customer DROP COLUMN email;

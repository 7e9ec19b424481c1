-- revision: 2b3c4d5e6f70
-- down_revision: 1a2b3c4d5e60
-- message: add email
-- create_date: 2025-01-01 10:10:00

-- migrate:upgrade
ALTER TABLE person ADD COLUMN email VARCHAR(200);

-- migrate:downgrade
ALTER TABLE person DROP COLUMN email;

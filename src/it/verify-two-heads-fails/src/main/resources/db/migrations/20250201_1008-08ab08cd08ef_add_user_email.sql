-- revision: 08ab08cd08ef
-- down_revision: 07ab07cd07ef
-- message: add user email
-- create_date: 2025-02-01 10:08:00

-- migrate:upgrade
ALTER TABLE users ADD COLUMN email VARCHAR(200);

-- migrate:downgrade
ALTER TABLE users DROP COLUMN email;

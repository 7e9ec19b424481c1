-- revision: 0ff1ce000002
-- down_revision: 0ff1ce000001
-- message: add email
-- create_date: 2025-10-02 09:00:00

-- migrate:upgrade
ALTER TABLE users ADD COLUMN email VARCHAR(200);

-- migrate:downgrade
ALTER TABLE users DROP COLUMN email;

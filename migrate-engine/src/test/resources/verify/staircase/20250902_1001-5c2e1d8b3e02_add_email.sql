-- revision: 5c2e1d8b3e02
-- down_revision: 3b1f0c9a2d01
-- message: add email to users
-- create_date: 2025-09-02 10:01:00

-- migrate:upgrade
ALTER TABLE users ADD COLUMN email VARCHAR(200);
CREATE UNIQUE INDEX ux_users_email ON users (email);

-- migrate:downgrade
DROP INDEX ux_users_email;
ALTER TABLE users DROP COLUMN email;

-- revision: 2c9d3c7ae313
-- down_revision: 1b8c2b8fd212
-- message: track user logins
-- create_date: 2025-09-13 10:12:00

-- migrate:upgrade
ALTER TABLE users ADD COLUMN last_login TIMESTAMP;
CREATE INDEX ix_users_name ON users (name);

-- migrate:downgrade
DROP INDEX ix_users_name;
ALTER TABLE users DROP COLUMN last_login;

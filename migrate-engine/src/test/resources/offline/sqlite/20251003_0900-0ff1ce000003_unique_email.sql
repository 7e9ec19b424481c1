-- revision: 0ff1ce000003
-- down_revision: 0ff1ce000002
-- message: unique email
-- create_date: 2025-10-03 09:00:00

-- migrate:upgrade
CREATE UNIQUE INDEX users_email_uq ON users (email);

-- migrate:downgrade
DROP INDEX users_email_uq;

-- revision: 09ab09cd09ef
-- down_revision: 08ab08cd08ef
-- message: unique user email
-- create_date: 2025-02-01 10:09:00

-- migrate:upgrade
CREATE UNIQUE INDEX users_email_uq ON users (email);

-- migrate:downgrade
DROP INDEX users_email_uq;

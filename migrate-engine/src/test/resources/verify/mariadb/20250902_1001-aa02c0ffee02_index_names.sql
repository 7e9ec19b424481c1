-- revision: aa02c0ffee02
-- down_revision: aa01c0ffee01
-- message: index user names

-- migrate:upgrade
CREATE INDEX ix_users_name ON users (name);

-- migrate:downgrade
DROP INDEX ix_users_name ON users;

-- revision: 02ab02cd02ef
-- down_revision: 01ab01cd01ef
-- message: index user names
-- create_date: 2025-02-01 10:02:00

-- migrate:upgrade
CREATE INDEX users_name_idx ON users (name);

-- migrate:downgrade
DROP INDEX users_name_idx;

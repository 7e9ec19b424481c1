-- revision: 3dae4d6bf414
-- down_revision: 2c9d3c7ae313
-- message: drop legacy flag
-- create_date: 2025-09-14 10:13:00

-- migrate:upgrade
ALTER TABLE users DROP COLUMN legacy_flag;

-- migrate:downgrade
ALTER TABLE users ADD COLUMN legacy_flag BOOLEAN;

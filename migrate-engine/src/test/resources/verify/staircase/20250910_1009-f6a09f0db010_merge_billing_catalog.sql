-- revision: f6a09f0db010
-- down_revision: b26c5b4f7c06, e59f8e1caf09
-- message: merge billing and catalog
-- create_date: 2025-09-10 10:09:00

-- migrate:upgrade

-- migrate:downgrade

-- revision: 1b8c2b8fd212
-- down_revision: 0a7b1a9ec111
-- message: default order status
-- create_date: 2025-09-12 10:11:00

-- migrate:upgrade
ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'new';

-- migrate:downgrade
ALTER TABLE orders ALTER COLUMN status DROP DEFAULT;

-- revision: 2b3c4d5e6f70
-- down_revision: 1a2b3c4d5e60
-- message: index created_at
-- create_date: 2025-01-01 10:10:00

-- migrate:upgrade
CREATE INDEX ix_orders_created ON orders (created_at);

-- migrate:downgrade
DROP INDEX ix_orders_created;

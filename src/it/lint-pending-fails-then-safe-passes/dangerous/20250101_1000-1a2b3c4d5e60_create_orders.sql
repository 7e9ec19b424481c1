-- revision: 1a2b3c4d5e60
-- down_revision:
-- message: create orders
-- create_date: 2025-01-01 10:00:00

-- migrate:upgrade
DROP TABLE IF EXISTS legacy_orders;
CREATE TABLE orders (id INT PRIMARY KEY, created_at TIMESTAMP NOT NULL);
CREATE INDEX ix_orders_id_created ON orders (id, created_at);

-- migrate:downgrade
DROP TABLE orders;

-- revision: c7d94e1f6a52
-- down_revision: 8a3e5d0c2b41
-- message: create orders
-- create_date: 2025-09-16 10:00:00

-- migrate:upgrade
CREATE TABLE orders (
  id BIGINT PRIMARY KEY,
  customer_id BIGINT NOT NULL REFERENCES customer (id),
  placed_at TIMESTAMP NOT NULL,
  total_cents BIGINT NOT NULL
);

-- migrate:downgrade
DROP TABLE orders;

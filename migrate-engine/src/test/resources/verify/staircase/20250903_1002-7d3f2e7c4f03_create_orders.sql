-- revision: 7d3f2e7c4f03
-- down_revision: 5c2e1d8b3e02
-- message: create orders
-- create_date: 2025-09-03 10:02:00

-- migrate:upgrade
CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL,
    status VARCHAR(20) NOT NULL,
    CONSTRAINT fk_orders_user FOREIGN KEY (user_id) REFERENCES users (id)
);
CREATE INDEX ix_orders_user ON orders (user_id);

-- migrate:downgrade
DROP TABLE orders;

-- revision: 0a7b1a9ec111
-- down_revision: f6a09f0db010
-- message: create order items
-- create_date: 2025-09-11 10:10:00

-- migrate:upgrade
CREATE TABLE order_items (
    order_id INTEGER NOT NULL REFERENCES orders (id),
    product_id INTEGER NOT NULL REFERENCES products (id),
    quantity INTEGER DEFAULT 1 NOT NULL,
    PRIMARY KEY (order_id, product_id)
);
CREATE INDEX ix_order_items_product ON order_items (product_id);

-- migrate:downgrade
DROP TABLE order_items;

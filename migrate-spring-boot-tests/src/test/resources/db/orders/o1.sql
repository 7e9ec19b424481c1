-- revision: o1
-- message: orders

-- migrate:upgrade
CREATE TABLE orders_t (id BIGINT PRIMARY KEY);

-- migrate:downgrade
DROP TABLE orders_t;

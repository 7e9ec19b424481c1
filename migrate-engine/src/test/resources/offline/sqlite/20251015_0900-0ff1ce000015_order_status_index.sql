-- revision: 0ff1ce000015
-- down_revision: 0ff1ce000014
-- message: order status index
-- create_date: 2025-10-15 09:00:00

-- migrate:upgrade
CREATE INDEX orders_status_idx ON orders (status, id);

-- migrate:downgrade
DROP INDEX orders_status_idx;

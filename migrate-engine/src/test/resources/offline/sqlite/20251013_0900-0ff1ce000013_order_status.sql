-- revision: 0ff1ce000013
-- down_revision: 0ff1ce000012
-- message: order status
-- create_date: 2025-10-13 09:00:00

-- migrate:upgrade
ALTER TABLE orders ADD COLUMN status VARCHAR(20) NOT NULL DEFAULT 'new';

-- migrate:downgrade
ALTER TABLE orders DROP COLUMN status;

-- revision: 0ff1ce000014
-- down_revision: 0ff1ce000013
-- message: order summary view
-- create_date: 2025-10-14 09:00:00

-- migrate:upgrade
CREATE VIEW order_summary AS SELECT o.id, u.name AS customer, p.sku, o.quantity, o.status FROM orders o JOIN users u ON u.id = o.user_id JOIN products p ON p.id = o.product_id;

-- migrate:downgrade
DROP VIEW order_summary;

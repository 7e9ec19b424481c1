-- revision: 10ab10cd10ef
-- down_revision: 06ab06cd06ef, 09ab09cd09ef
-- message: merge billing and audit
-- create_date: 2025-02-01 10:10:00

-- migrate:upgrade
CREATE VIEW user_orders AS SELECT u.id AS user_id, o.id AS order_id FROM users u JOIN orders o ON o.user_id = u.id;

-- migrate:downgrade
DROP VIEW user_orders;

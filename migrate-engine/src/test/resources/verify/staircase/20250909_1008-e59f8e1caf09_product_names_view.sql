-- revision: e59f8e1caf09
-- down_revision: d48e7d2b9e08
-- message: product names view
-- create_date: 2025-09-09 10:08:00

-- migrate:upgrade
CREATE VIEW product_names AS SELECT id, title FROM products;

-- migrate:downgrade
DROP VIEW product_names;

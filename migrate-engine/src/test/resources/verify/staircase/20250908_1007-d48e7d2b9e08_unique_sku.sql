-- revision: d48e7d2b9e08
-- down_revision: c37d6c3a8d07
-- message: unique product sku
-- create_date: 2025-09-08 10:07:00

-- migrate:upgrade
ALTER TABLE products ADD CONSTRAINT uq_products_sku UNIQUE (sku);

-- migrate:downgrade
ALTER TABLE products DROP CONSTRAINT uq_products_sku;

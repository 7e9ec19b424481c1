-- revision: 0ff1ce000009
-- down_revision: 0ff1ce000008
-- message: products sku index
-- create_date: 2025-10-09 09:00:00
-- transactional: false

-- migrate:upgrade
CREATE INDEX products_sku_idx ON products (sku);

-- migrate:downgrade
DROP INDEX products_sku_idx;

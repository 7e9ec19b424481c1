-- revision: c37d6c3a8d07
-- down_revision: 7d3f2e7c4f03
-- message: create products
-- create_date: 2025-09-07 10:06:00
-- branch_labels: catalog

-- migrate:upgrade
CREATE TABLE products (
    id INTEGER PRIMARY KEY,
    sku VARCHAR(40) NOT NULL,
    title VARCHAR(200) NOT NULL,
    price NUMERIC(10,2)
);

-- migrate:downgrade
DROP TABLE products;

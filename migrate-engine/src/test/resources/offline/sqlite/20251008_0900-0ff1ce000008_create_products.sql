-- revision: 0ff1ce000008
-- down_revision: 0ff1ce000003
-- message: create products
-- create_date: 2025-10-08 09:00:00
-- branch_labels: catalog

-- migrate:upgrade
CREATE TABLE products (id INT PRIMARY KEY, sku VARCHAR(40) NOT NULL, name VARCHAR(200) NOT NULL);

-- migrate:downgrade
DROP TABLE products;

-- revision: 0ff1ce000011
-- down_revision: 0ff1ce000010
-- message: invoice products
-- create_date: 2025-10-11 09:00:00
-- depends_on: 0ff1ce000005

-- migrate:upgrade
CREATE TABLE invoice_line_products (invoice_id INT NOT NULL, line_no INT NOT NULL, product_id INT NOT NULL REFERENCES products (id), PRIMARY KEY (invoice_id, line_no), FOREIGN KEY (invoice_id, line_no) REFERENCES invoice_lines (invoice_id, line_no));

-- migrate:downgrade
DROP TABLE invoice_line_products;

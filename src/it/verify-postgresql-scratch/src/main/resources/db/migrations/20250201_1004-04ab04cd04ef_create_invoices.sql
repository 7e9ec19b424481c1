-- revision: 04ab04cd04ef
-- down_revision: 03ab03cd03ef
-- message: create invoices
-- create_date: 2025-02-01 10:04:00
-- branch_labels: billing

-- migrate:upgrade
CREATE TABLE invoices (id INT PRIMARY KEY, order_id INT REFERENCES orders (id));

-- migrate:downgrade
DROP TABLE invoices;

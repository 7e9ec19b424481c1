-- revision: 9e4a3f6d5a04
-- down_revision: 7d3f2e7c4f03
-- message: create invoices
-- create_date: 2025-09-04 10:03:00
-- branch_labels: billing

-- migrate:upgrade
CREATE TABLE invoices (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders (id),
    issued_on DATE NOT NULL
);

-- migrate:downgrade
DROP TABLE invoices;

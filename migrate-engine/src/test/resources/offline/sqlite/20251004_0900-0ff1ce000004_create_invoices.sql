-- revision: 0ff1ce000004
-- down_revision: 0ff1ce000003
-- message: create invoices
-- create_date: 2025-10-04 09:00:00
-- branch_labels: billing

-- migrate:upgrade
CREATE TABLE invoices (id INT PRIMARY KEY, user_id INT NOT NULL REFERENCES users (id), total DECIMAL(12,2) NOT NULL DEFAULT 0);

-- migrate:downgrade
DROP TABLE invoices;

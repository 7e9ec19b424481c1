-- revision: 0ff1ce000005
-- down_revision: 0ff1ce000004
-- message: invoice lines
-- create_date: 2025-10-05 09:00:00

-- migrate:upgrade
CREATE TABLE invoice_lines (invoice_id INT NOT NULL REFERENCES invoices (id), line_no INT NOT NULL, amount DECIMAL(12,2) NOT NULL, PRIMARY KEY (invoice_id, line_no));

-- migrate:downgrade
DROP TABLE invoice_lines;

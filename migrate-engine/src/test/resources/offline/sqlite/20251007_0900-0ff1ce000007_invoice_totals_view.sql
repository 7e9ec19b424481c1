-- revision: 0ff1ce000007
-- down_revision: 0ff1ce000006
-- message: invoice totals view
-- create_date: 2025-10-07 09:00:00

-- migrate:upgrade
CREATE VIEW invoice_totals AS SELECT i.id, i.user_id, SUM(l.amount) AS lines_total FROM invoices i JOIN invoice_lines l ON l.invoice_id = i.id GROUP BY i.id, i.user_id;

-- migrate:downgrade
DROP VIEW invoice_totals;

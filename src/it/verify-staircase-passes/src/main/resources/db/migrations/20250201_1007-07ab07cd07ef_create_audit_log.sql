-- revision: 07ab07cd07ef
-- down_revision: 03ab03cd03ef
-- message: create audit log
-- create_date: 2025-02-01 10:07:00
-- branch_labels: audit

-- migrate:upgrade
CREATE TABLE audit_log (id INT PRIMARY KEY, happened_at TIMESTAMP NOT NULL);

-- migrate:downgrade
DROP TABLE audit_log;

-- revision: u1
-- message: audit

-- migrate:upgrade
CREATE TABLE audit_t (id BIGINT PRIMARY KEY);

-- migrate:downgrade
DROP TABLE audit_t;

-- revision: aa00000000a1
-- down_revision: 
-- message: root
-- create_date: 2025-01-01 10:00:00

-- migrate:upgrade
CREATE TABLE root_t (id INT);

-- migrate:downgrade
DROP TABLE root_t;

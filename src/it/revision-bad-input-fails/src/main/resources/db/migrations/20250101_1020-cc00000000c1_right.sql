-- revision: cc00000000c1
-- down_revision: aa00000000a1
-- message: right
-- create_date: 2025-01-01 10:00:00

-- migrate:upgrade
CREATE TABLE right_t (id INT);

-- migrate:downgrade
DROP TABLE right_t;

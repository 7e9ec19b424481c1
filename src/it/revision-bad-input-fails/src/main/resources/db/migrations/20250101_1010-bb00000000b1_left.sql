-- revision: bb00000000b1
-- down_revision: aa00000000a1
-- message: left
-- create_date: 2025-01-01 10:00:00

-- migrate:upgrade
CREATE TABLE left_t (id INT);

-- migrate:downgrade
DROP TABLE left_t;

-- revision: dd00000000d1
-- down_revision: bb00000000b1, cc00000000c1
-- message: merge left and right
-- create_date: 2025-01-01 10:00:00

-- migrate:upgrade
CREATE TABLE merged_t (id INT);

-- migrate:downgrade
DROP TABLE merged_t;

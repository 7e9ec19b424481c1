-- revision: b2
-- down_revision: b1
-- message: half

-- migrate:upgrade
CREATE TABLE half_t (id BIGINT PRIMARY KEY);

INSERT INTO no_such_table VALUES (1);

-- migrate:downgrade
DROP TABLE half_t;

-- revision: b1
-- message: good

-- migrate:upgrade
CREATE TABLE good_t (id BIGINT PRIMARY KEY);

-- migrate:downgrade
DROP TABLE good_t;

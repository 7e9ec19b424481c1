-- revision: a1
-- message: notes

-- migrate:upgrade
CREATE TABLE note (id BIGINT PRIMARY KEY, text VARCHAR(200) NOT NULL);

-- migrate:downgrade
DROP TABLE note;

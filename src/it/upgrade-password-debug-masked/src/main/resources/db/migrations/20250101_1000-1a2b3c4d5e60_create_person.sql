-- revision: 1a2b3c4d5e60
-- down_revision: 
-- message: create person
-- create_date: 2025-01-01 10:00:00

-- migrate:upgrade
CREATE TABLE person (id INT PRIMARY KEY, name VARCHAR(100) NOT NULL);

-- migrate:downgrade
DROP TABLE person;

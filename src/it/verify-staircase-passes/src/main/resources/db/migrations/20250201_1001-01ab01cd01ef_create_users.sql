-- revision: 01ab01cd01ef
-- down_revision: 
-- message: create users
-- create_date: 2025-02-01 10:01:00

-- migrate:upgrade
CREATE TABLE users (id INT PRIMARY KEY, name VARCHAR(100) NOT NULL);

-- migrate:downgrade
DROP TABLE users;

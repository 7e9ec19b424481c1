-- revision: 0ff1ce000001
-- down_revision: 
-- message: create users
-- create_date: 2025-10-01 09:00:00

-- migrate:upgrade
CREATE TABLE users (id INTEGER PRIMARY KEY AUTOINCREMENT, name VARCHAR(100) NOT NULL);

-- migrate:downgrade
DROP TABLE users;

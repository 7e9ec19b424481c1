-- revision: 3b1f0c9a2d01
-- down_revision: 
-- message: create users
-- create_date: 2025-09-01 10:00:00

-- migrate:upgrade
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    legacy_flag BOOLEAN
);

-- migrate:downgrade
DROP TABLE users;

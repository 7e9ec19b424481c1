-- revision: 03ab03cd03ef
-- down_revision: 02ab02cd02ef
-- message: create orders
-- create_date: 2025-02-01 10:03:00

-- migrate:upgrade
CREATE TABLE orders (id INT PRIMARY KEY, user_id INT NOT NULL REFERENCES users (id));

-- migrate:downgrade
DROP TABLE orders;

-- revision: 4f1c2a7b9d10
-- down_revision:
-- message: create customer
-- create_date: 2025-09-16 09:00:00

-- migrate:upgrade
CREATE TABLE customer (
  id BIGINT PRIMARY KEY,
  name VARCHAR(200) NOT NULL
);

-- migrate:downgrade
DROP TABLE customer;

-- revision: 3c4d5e6f7a80
-- down_revision: 2b3c4d5e6f70
-- message: create address
-- create_date: 2025-01-01 10:20:00

-- migrate:upgrade
CREATE TABLE address (
  id INT PRIMARY KEY,
  person_id INT NOT NULL REFERENCES person (id),
  city VARCHAR(100)
);

-- migrate:downgrade
DROP TABLE address;

-- revision: 0ff1ce000012
-- down_revision: 0ff1ce000007, 0ff1ce000011
-- message: merge billing catalog
-- create_date: 2025-10-12 09:00:00

-- migrate:upgrade
CREATE TABLE orders (id INT PRIMARY KEY, user_id INT NOT NULL REFERENCES users (id), product_id INT NOT NULL REFERENCES products (id), quantity INT NOT NULL);

-- migrate:downgrade
DROP TABLE orders;

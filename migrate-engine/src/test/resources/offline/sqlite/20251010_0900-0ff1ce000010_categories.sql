-- revision: 0ff1ce000010
-- down_revision: 0ff1ce000009
-- message: categories
-- create_date: 2025-10-10 09:00:00

-- migrate:upgrade
CREATE TABLE categories (id INT PRIMARY KEY, title VARCHAR(100) NOT NULL);
-- SQLite cannot drop a column that a foreign key uses, so the downgrade could not.
ALTER TABLE products ADD COLUMN category_id INT;

-- migrate:downgrade
ALTER TABLE products DROP COLUMN category_id;
DROP TABLE categories;

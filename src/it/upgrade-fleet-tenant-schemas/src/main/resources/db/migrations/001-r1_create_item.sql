-- revision: r1
-- down_revision:
-- message: create item

-- migrate:upgrade
CREATE TABLE item (id INT PRIMARY KEY, tenant VARCHAR(64) NOT NULL);

-- migrate:downgrade
DROP TABLE item;

-- revision: 3c4d5e6f7a80
-- down_revision: 2b3c4d5e6f70
-- colour: blue
-- message: create address

-- migrate:upgrade
CREATE TABLE address (id INT);

-- migrate:downgrade
DROP TABLE address;

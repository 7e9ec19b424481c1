-- revision: 2b3c4d5e6f70
-- down_revision: 1a2b3c4d5e60
-- message: add email

-- migrate:upgrade
ALTER TABLE person ADD COLUMN email VARCHAR(200);

INSERT INTO no_such_table (id) VALUES (1);

-- migrate:downgrade
ALTER TABLE person DROP COLUMN email;

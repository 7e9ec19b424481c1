-- revision: 5e1175000003
-- down_revision: 5e1175000002
-- message: add email

-- migrate:upgrade
ALTER TABLE person ADD COLUMN email VARCHAR(200);
CREATE UNIQUE INDEX person_email_uq ON person (email);

-- migrate:downgrade
DROP INDEX person_email_uq;
ALTER TABLE person DROP COLUMN email;

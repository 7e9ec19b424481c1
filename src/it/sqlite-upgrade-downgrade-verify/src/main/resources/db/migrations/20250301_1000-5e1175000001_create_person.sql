-- revision: 5e1175000001
-- down_revision:
-- message: create person

-- migrate:upgrade
CREATE TABLE person (id INTEGER PRIMARY KEY AUTOINCREMENT, name VARCHAR(100) NOT NULL);
CREATE TABLE person_audit (person_id INTEGER NOT NULL, what TEXT NOT NULL);

-- migrate:downgrade
DROP TABLE person_audit;
DROP TABLE person;

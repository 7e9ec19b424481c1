-- revision: a2
-- down_revision: a1
-- message: first note

-- migrate:upgrade
INSERT INTO note (id, text) VALUES (1, 'migrated before JPA');

-- migrate:downgrade
DELETE FROM note WHERE id = 1;

-- revision: r2
-- down_revision: r1
-- message: the tenant's own row

-- migrate:upgrade
INSERT INTO item (id, tenant) VALUES (1, '${tenant}');

-- migrate:downgrade
DELETE FROM item WHERE id = 1;

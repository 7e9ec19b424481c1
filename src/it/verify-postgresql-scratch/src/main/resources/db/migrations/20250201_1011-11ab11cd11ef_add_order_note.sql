-- revision: 11ab11cd11ef
-- down_revision: 10ab10cd10ef
-- message: add order note
-- create_date: 2025-02-01 10:11:00

-- migrate:upgrade
ALTER TABLE orders ADD COLUMN note VARCHAR(100);

-- migrate:downgrade
ALTER TABLE orders DROP COLUMN note;

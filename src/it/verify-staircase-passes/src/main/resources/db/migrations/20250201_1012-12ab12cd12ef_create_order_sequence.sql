-- revision: 12ab12cd12ef
-- down_revision: 11ab11cd11ef
-- message: create order sequence
-- create_date: 2025-02-01 10:12:00

-- migrate:upgrade
CREATE SEQUENCE order_seq START WITH 100;

-- migrate:downgrade
DROP SEQUENCE order_seq;

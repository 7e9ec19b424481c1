-- revision: 4ebf5e5a0515
-- down_revision: 2c9d3c7ae313
-- message: create coupons
-- create_date: 2025-09-15 10:14:00

-- migrate:upgrade
CREATE TABLE coupons (
    code VARCHAR(20) PRIMARY KEY
);

-- migrate:downgrade
DROP TABLE coupons;

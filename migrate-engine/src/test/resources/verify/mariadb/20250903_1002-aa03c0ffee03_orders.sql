-- revision: aa03c0ffee03
-- down_revision: aa02c0ffee02
-- message: create orders

-- migrate:upgrade
CREATE TABLE orders (
    id INT PRIMARY KEY,
    user_id INT NOT NULL,
    CONSTRAINT fk_orders_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE VIEW user_orders AS SELECT u.name, o.id FROM users u JOIN orders o ON o.user_id = u.id;

-- migrate:downgrade
DROP VIEW user_orders;
DROP TABLE orders;

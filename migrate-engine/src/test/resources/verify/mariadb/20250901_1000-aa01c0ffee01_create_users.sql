-- revision: aa01c0ffee01
-- down_revision:
-- message: create users

-- migrate:upgrade
CREATE TABLE users (
    id INT PRIMARY KEY AUTO_INCREMENT,
    name VARCHAR(100) NOT NULL,
    mood ENUM('happy', 'sad') DEFAULT 'happy'
);

-- migrate:downgrade
DROP TABLE users;

-- revision: aa04c0ffee04
-- down_revision: aa03c0ffee03
-- message: more moods

-- migrate:upgrade
ALTER TABLE users MODIFY mood ENUM('happy', 'sad', 'calm') DEFAULT 'calm';

-- migrate:downgrade
ALTER TABLE users MODIFY mood ENUM('happy', 'sad') DEFAULT 'sad';

-- revision: bb03beef0003
-- down_revision: bb02beef0002
-- message: more moods
-- transactional: false

-- migrate:upgrade
ALTER TYPE mood ADD VALUE 'calm';

-- migrate:downgrade
ALTER TABLE people ALTER COLUMN feeling DROP DEFAULT;
ALTER TYPE mood RENAME TO mood_old;
CREATE TYPE mood AS ENUM ('happy', 'sad');
ALTER TABLE people ALTER COLUMN feeling TYPE mood USING feeling::text::mood;
ALTER TABLE people ALTER COLUMN feeling SET DEFAULT 'happy';
DROP TYPE mood_old;

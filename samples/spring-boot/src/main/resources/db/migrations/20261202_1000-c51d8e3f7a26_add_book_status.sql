-- revision: c51d8e3f7a26
-- down_revision: 9e04a6b5c8d1
-- message: add book status

-- migrate:upgrade
ALTER TABLE book ADD COLUMN status VARCHAR(20) DEFAULT 'to-read' NOT NULL;
CREATE INDEX book_status_ix ON book (status);

-- migrate:downgrade
DROP INDEX book_status_ix;
ALTER TABLE book DROP COLUMN status;

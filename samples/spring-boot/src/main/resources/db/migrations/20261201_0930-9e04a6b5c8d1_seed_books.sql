-- revision: 9e04a6b5c8d1
-- down_revision: 3b7f2c91d0a4
-- message: seed books

-- migrate:upgrade
INSERT INTO book (title, author) VALUES ('The Mythical Man-Month', 'Frederick P. Brooks');
INSERT INTO book (title, author) VALUES ('Designing Data-Intensive Applications', 'Martin Kleppmann');
INSERT INTO book (title, author) VALUES ('Refactoring Databases', 'Scott W. Ambler, Pramod J. Sadalage');

-- migrate:downgrade
DELETE FROM book
WHERE title IN ('The Mythical Man-Month', 'Designing Data-Intensive Applications', 'Refactoring Databases');

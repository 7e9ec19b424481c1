-- revision: 5a5a5a5a5a01
-- down_revision:
-- message: accounts

-- migrate:upgrade
CREATE TABLE team (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
CREATE TABLE audit (what TEXT);
CREATE TABLE account (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  email VARCHAR(100),
  name VARCHAR(50),
  team_id INTEGER,
  legacy INTEGER,
  CONSTRAINT uq_account_name UNIQUE (name),
  CONSTRAINT ck_account_email CHECK (email LIKE '%@%')
);
CREATE INDEX ix_account_team ON account (team_id);
CREATE INDEX ix_account_legacy ON account (legacy DESC);
CREATE TABLE membership (
  account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
  note TEXT
);
CREATE TRIGGER tr_account_email AFTER UPDATE OF email ON account
BEGIN
  INSERT INTO audit (what) VALUES ('email; ' || NEW.email);
END;
CREATE VIEW v_account AS SELECT id, email FROM account;
INSERT INTO team (id, name) VALUES (1, 'core');
INSERT INTO account (email, name, team_id, legacy)
  VALUES ('a@example.com', 'Ann', 1, 7), ('b@example.com', 'Bob', 1, NULL);
INSERT INTO membership (account_id, note) VALUES (1, 'x'), (2, 'y');

-- migrate:downgrade
DROP VIEW v_account;
DROP TABLE membership;
DROP TABLE account;
DROP TABLE audit;
DROP TABLE team;

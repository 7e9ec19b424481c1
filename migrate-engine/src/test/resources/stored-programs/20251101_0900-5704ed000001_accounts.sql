-- revision: 5704ed000001
-- down_revision:
-- message: accounts, ledger and audit log
-- create_date: 2025-11-01 09:00:00

-- migrate:upgrade
CREATE TABLE accounts (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  owner VARCHAR(100) NOT NULL,
  balance DECIMAL(12,2) NOT NULL DEFAULT 0,
  status VARCHAR(10) NOT NULL DEFAULT 'open'
);
CREATE TABLE ledger (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  account_id INT NOT NULL,
  amount DECIMAL(12,2) NOT NULL,
  note VARCHAR(200)
);
CREATE TABLE audit_log (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  message VARCHAR(400) NOT NULL
);

-- migrate:downgrade
DROP TABLE audit_log;
DROP TABLE ledger;
DROP TABLE accounts;

-- revision: 5704ed000003
-- down_revision: 5704ed000002
-- message: account_grade function and ledger triggers
-- create_date: 2025-11-03 09:00:00

-- migrate:upgrade
CREATE DEFINER = CURRENT_USER FUNCTION account_grade(bal DECIMAL(12,2)) RETURNS VARCHAR(10)
  DETERMINISTIC
BEGIN
  DECLARE grade VARCHAR(10) DEFAULT 'bronze';
  DECLARE steps INT DEFAULT 0;
  WHILE steps < 3 DO
    SET steps = steps + 1;
  END WHILE;
  REPEAT
    SET steps = steps - 1;
  UNTIL steps <= 0 END REPEAT;
  SET grade = CASE WHEN bal >= 10000 THEN 'gold' WHEN bal >= 1000 THEN 'silver' ELSE grade END;
  RETURN IF(bal < 0, 'overdrawn', grade);
END;

CREATE TRIGGER ledger_audit AFTER INSERT ON ledger
FOR EACH ROW
BEGIN
  IF NEW.amount < 0 THEN
    INSERT INTO audit_log (message) VALUES (CONCAT('debit; ', NEW.account_id, ' ', NEW.amount));
  END IF;
END;

CREATE TRIGGER accounts_owner BEFORE INSERT ON accounts FOR EACH ROW
  IF NEW.owner = '' THEN SET NEW.owner = 'unknown'; END IF;

-- migrate:downgrade
DROP TRIGGER accounts_owner;
DROP TRIGGER ledger_audit;
DROP FUNCTION account_grade;

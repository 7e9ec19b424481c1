-- revision: 5704ed000006
-- down_revision: 5704ed000005
-- message: transfer charges a fee above 1000
-- create_date: 2025-11-06 09:00:00

-- migrate:upgrade
DROP PROCEDURE IF EXISTS transfer;
DELIMITER $$
CREATE PROCEDURE transfer(IN src INT, IN dst INT, IN amount DECIMAL(12,2))
BEGIN
  DECLARE fee DECIMAL(12,2) DEFAULT 0;
  IF amount > 1000 THEN SET fee = 1; END IF;
  UPDATE accounts SET balance = balance - amount - fee WHERE id = src;
  UPDATE accounts SET balance = balance + amount WHERE id = dst;
  INSERT INTO ledger (account_id, amount, note)
    VALUES (src, -amount - fee, 'transfer; with fee'), (dst, amount, 'transfer');
END$$
DELIMITER ;

-- migrate:downgrade
DROP PROCEDURE transfer;
DELIMITER //
CREATE PROCEDURE transfer(IN src INT, IN dst INT, IN amount DECIMAL(12,2))
BEGIN
  UPDATE accounts SET balance = balance - amount WHERE id = src;
  UPDATE accounts SET balance = balance + amount WHERE id = dst;
  INSERT INTO ledger (account_id, amount, note) VALUES (src, -amount, 'to'), (dst, amount, 'from');
END //
DELIMITER ;

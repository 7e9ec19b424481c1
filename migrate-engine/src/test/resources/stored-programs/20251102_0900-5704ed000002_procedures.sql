-- revision: 5704ed000002
-- down_revision: 5704ed000001
-- message: transfer and close_empty_accounts procedures
-- create_date: 2025-11-02 09:00:00

-- migrate:upgrade
-- Moves money between two accounts; refuses overdrafts.
CREATE PROCEDURE transfer(IN src INT, IN dst INT, IN amount DECIMAL(12,2))
  MODIFIES SQL DATA
  COMMENT 'moves money; refuses overdrafts'
BEGIN
  DECLARE src_balance DECIMAL(12,2);
  DECLARE EXIT HANDLER FOR SQLEXCEPTION
  BEGIN
    INSERT INTO audit_log (message) VALUES (CONCAT('transfer failed: ', src, ' -> ', dst));
    RESIGNAL;
  END;

  -- Lock the source row first, as wiki://payments/locking says.
  SELECT balance INTO src_balance FROM accounts WHERE id = src FOR UPDATE;
  IF src_balance IS NULL THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'no such account; check the id';
  ELSEIF src_balance < amount THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'insufficient funds';
  ELSE
    UPDATE accounts SET balance = balance - amount WHERE id = src;
    UPDATE accounts SET balance = balance + amount WHERE id = dst;
    INSERT INTO ledger (account_id, amount, note)
      VALUES (src, -amount, CONCAT('to ', dst)), (dst, amount, CONCAT('from ', src));
  END IF;
END;

CREATE PROCEDURE close_empty_accounts(OUT closed INT)
BEGIN
  DECLARE done INT DEFAULT FALSE;
  DECLARE account INT;
  DECLARE bal DECIMAL(12,2);
  DECLARE cur CURSOR FOR SELECT id, balance FROM accounts WHERE status = 'open' ORDER BY id;
  DECLARE CONTINUE HANDLER FOR NOT FOUND SET done = TRUE;

  SET closed = 0;
  OPEN cur;
  read_loop: LOOP
    FETCH cur INTO account, bal;
    IF done THEN
      LEAVE read_loop;
    END IF;
    CASE
      WHEN bal = 0 THEN
        UPDATE accounts SET status = 'closed' WHERE id = account;
        SET closed = closed + 1;
      WHEN bal < 0 THEN
        INSERT INTO audit_log (message) VALUES (CONCAT('negative balance; account ', account));
      ELSE
        ITERATE read_loop;
    END CASE;
  END LOOP read_loop;
  CLOSE cur;
END;

-- migrate:downgrade
DROP PROCEDURE close_empty_accounts;
DROP PROCEDURE transfer;

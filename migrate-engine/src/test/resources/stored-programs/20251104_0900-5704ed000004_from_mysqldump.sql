-- revision: 5704ed000004
-- down_revision: 5704ed000003
-- message: a trigger and a procedure pasted from mysqldump
-- create_date: 2025-11-04 09:00:00

-- migrate:upgrade
/*!50003 SET @saved_cs_client      = @@character_set_client */ ;
/*!50003 SET character_set_client  = utf8mb4 */ ;
DELIMITER ;;
/*!50003 CREATE*/ /*!50017 DEFINER=CURRENT_USER*/ /*!50003 TRIGGER `accounts_touch` BEFORE UPDATE ON `accounts` FOR EACH ROW BEGIN
  IF NEW.balance <> OLD.balance AND NEW.status = 'closed' THEN
    SET NEW.status = 'open';
  END IF;
END */;;
DELIMITER ;
/*!50003 SET character_set_client  = @saved_cs_client */ ;
DELIMITER ;;
CREATE DEFINER=CURRENT_USER PROCEDURE `ledger_total`(IN acct INT, OUT total DECIMAL(12,2))
    READS SQL DATA
BEGIN
  SELECT COALESCE(SUM(amount), 0) INTO total FROM ledger WHERE account_id = acct;
END ;;
DELIMITER ;

-- migrate:downgrade
DROP PROCEDURE ledger_total;
DROP TRIGGER accounts_touch;

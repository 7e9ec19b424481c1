# MySQL/MariaDB: a procedure body needs the statement markers.
CREATE TABLE counters (id INT PRIMARY KEY, label VARCHAR(100));

-- migrate:statement-begin
CREATE PROCEDURE fill_counters(IN n INT)
BEGIN
  DECLARE i INT DEFAULT 0;
  WHILE i < n DO
    INSERT INTO counters VALUES (i, CONCAT('row; ', i));
    SET i = i + 1;
  END WHILE;
END;
-- migrate:statement-end

CALL fill_counters(3);
INSERT INTO counters VALUES (10, 'it\'s; fine'), (11, "say \"hi\"; bye"); -- trailing comment
SELECT 1 --1
;
/* flat comment /* not nested */ INSERT INTO `counters` (`id`, `label`) VALUES (12, 'x');

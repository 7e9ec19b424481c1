package dev.migrate.engine.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.migrate.engine.sql.SqlSyntax.Rule;
import dev.migrate.engine.testing.Syntaxes;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stored programs without markers: each is one statement, whatever its body holds. */
class StoredProgramSplitTest {
  private static final SqlSplitter MYSQL = SqlSplitter.of(Syntaxes.MYSQL);
  private static final SqlSplitter POSTGRESQL = SqlSplitter.of(Syntaxes.POSTGRESQL);
  private static final SqlSplitter SQLITE = SqlSplitter.of(SqlSyntax.of(Rule.TRIGGER_BODIES));

  private static List<String> firstLines(List<Statement> statements) {
    return statements.stream().map(s -> s.sql().lines().findFirst().orElseThrow()).toList();
  }

  @Test
  void procedureWithNestedBlocksAndLabelsIsOneStatement() {
    String sql =
        "CREATE PROCEDURE fill(IN n INT)\n"
            + "BEGIN\n"
            + "  DECLARE i INT DEFAULT 0;\n"
            + "  DECLARE done INT DEFAULT FALSE;\n"
            + "  DECLARE CONTINUE HANDLER FOR NOT FOUND SET done = TRUE;\n"
            + "  DECLARE EXIT HANDLER FOR SQLEXCEPTION BEGIN ROLLBACK; RESIGNAL; END;\n"
            + "  DROP TEMPORARY TABLE IF EXISTS tmp;\n"
            + "  outer_loop: LOOP\n"
            + "    SET i = i + 1;\n"
            + "    IF i > n THEN LEAVE outer_loop; ELSEIF i = 2 THEN ITERATE outer_loop;"
            + " ELSE SET @x = IF(i > 1, 'a;b', 'c'); END IF;\n"
            + "    CASE i WHEN 1 THEN INSERT INTO t VALUES (CASE WHEN i > 0 THEN 1 ELSE 0 END);\n"
            + "      ELSE BEGIN END;\n"
            + "    END CASE;\n"
            + "    WHILE i < 0 DO SET i = i + 1; END WHILE;\n"
            + "    `counted`: REPEAT SET i = i + 1; UNTIL i > 0 END REPEAT `counted`;\n"
            + "  END LOOP outer_loop;\n"
            + "END;\n"
            + "CALL fill(3);";
    List<Statement> statements = MYSQL.split(sql, 1, "p.sql");
    assertThat(statements)
        .extracting(Statement::line, Statement::index)
        .containsExactly(tuple(1, 1), tuple(18, 2));
    assertThat(statements.get(0).sql()).endsWith("END LOOP outer_loop;\nEND");
  }

  @Test
  void everyKindOfProgramAndDefinerFormIsOneStatement() {
    String sql =
        "CREATE DEFINER=`root`@`localhost` FUNCTION f(x INT) RETURNS INT DETERMINISTIC\n"
            + "BEGIN RETURN IF(x > 0, x, 0); END;\n"
            + "CREATE DEFINER = CURRENT_USER TRIGGER t BEFORE INSERT ON x FOR EACH ROW\n"
            + "IF NEW.a < 0 THEN SET NEW.a = 0; END IF;\n"
            + "CREATE OR REPLACE DEFINER='app'@'%' EVENT e ON SCHEDULE EVERY 1 DAY DO\n"
            + "BEGIN DELETE FROM log WHERE at < NOW() - INTERVAL 7 DAY; END;\n"
            + "CREATE PROCEDURE IF NOT EXISTS q() SELECT 1;\n"
            + "CREATE TRIGGER u AFTER UPDATE ON x FOR EACH ROW SET @n = @n + 1;\n"
            + "BEGIN NOT ATOMIC DECLARE v INT; SET v = 1; END;\n"
            + "BEGIN;\n"
            + "CREATE TABLE events (event INT, `begin` INT);";
    assertThat(firstLines(MYSQL.split(sql)))
        .containsExactly(
            "CREATE DEFINER=`root`@`localhost` FUNCTION f(x INT) RETURNS INT DETERMINISTIC",
            "CREATE DEFINER = CURRENT_USER TRIGGER t BEFORE INSERT ON x FOR EACH ROW",
            "CREATE OR REPLACE DEFINER='app'@'%' EVENT e ON SCHEDULE EVERY 1 DAY DO",
            "CREATE PROCEDURE IF NOT EXISTS q() SELECT 1",
            "CREATE TRIGGER u AFTER UPDATE ON x FOR EACH ROW SET @n = @n + 1",
            "BEGIN NOT ATOMIC DECLARE v INT; SET v = 1; END",
            "BEGIN",
            "CREATE TABLE events (event INT, `begin` INT)");
  }

  @Test
  void delimiterSectionsAsMysqldumpWritesThem() {
    String sql =
        "/*!50003 SET @saved_sql_mode = @@sql_mode */ ;\n"
            + "DELIMITER ;;\n"
            + "CREATE DEFINER=`root`@`localhost` PROCEDURE `p`()\n"
            + "BEGIN\n"
            + "  IF 1 THEN SELECT 1; END IF;\n"
            + "END ;;\n"
            + "/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`localhost`*/ /*!50003 TRIGGER `t`"
            + " BEFORE INSERT ON `x` FOR EACH ROW BEGIN SET NEW.a = 1; END */;;\n"
            + "DELIMITER ;\n"
            + "delimiter $$\n"
            + "CREATE FUNCTION g() RETURNS INT RETURN 1$$\n"
            + "DELIMITER ;\n"
            + "SELECT 2;";
    assertThat(MYSQL.split(sql))
        .extracting(Statement::line)
        .as("every statement starts where the mysql client would cut it")
        .containsExactly(1, 3, 7, 10, 12);
  }

  @Test
  void aBodyCutByAnUnknownConstructIsAnErrorSuggestingTheMarkers() {
    // A handler whose statement is an IF is not recognised: its END IF closes the procedure.
    String sql =
        "SELECT 0;\n"
            + "CREATE PROCEDURE p()\n"
            + "BEGIN\n"
            + "  DECLARE CONTINUE HANDLER FOR NOT FOUND IF 1 THEN SET @a = 1; END IF;\n"
            + "  SELECT 1;\n"
            + "END;\n";
    assertThatThrownBy(() -> MYSQL.split(sql, 10, "V2__p.sql"))
        .isInstanceOf(SqlSplitException.class)
        .hasMessage(
            "V2__p.sql, line 15: a statement cannot start with END: it is the rest of a stored"
                + " program body cut at a ';' inside it (the program starts on line 11); put the"
                + " whole statement between -- migrate:statement-begin and"
                + " -- migrate:statement-end lines");
  }

  @Test
  void aBodyThatNeverEndsIsAnErrorNamingWhereTheBlockOpened() {
    String sql = "CREATE PROCEDURE p()\nBEGIN\n  WHILE 1 DO\n    SELECT 1;\nEND;\n";
    assertThatThrownBy(() -> MYSQL.split(sql, 1, "p.sql"))
        .isInstanceOf(SqlSplitException.class)
        .hasMessage(
            "p.sql, line 1: the body of this statement does not end: the BEGIN opened on line 2"
                + " has no END before the end of the section; put the whole statement between"
                + " -- migrate:statement-begin and -- migrate:statement-end lines");
    assertThatThrownBy(
            () -> POSTGRESQL.split("CREATE FUNCTION f() RETURNS int BEGIN ATOMIC SELECT 1;"))
        .hasMessageContaining("line 1: the body of this statement does not end: the BEGIN has no");
  }

  @Test
  void markersStillWorkForAnythingTheTrackerCannotRead() {
    String sql =
        "-- migrate:statement-begin\n"
            + "CREATE PROCEDURE p() BEGIN DECLARE CONTINUE HANDLER FOR NOT FOUND IF 1 THEN"
            + " SET @a = 1; END IF; END;\n"
            + "-- migrate:statement-end\n"
            + "SELECT 1;";
    assertThat(MYSQL.split(sql)).extracting(Statement::line).containsExactly(2, 4);
  }

  @Test
  void sqliteTriggerBodiesAreOneStatement() {
    String sql =
        "CREATE TEMP TRIGGER IF NOT EXISTS audit AFTER UPDATE ON t BEGIN\n"
            + "  INSERT INTO log VALUES (CASE WHEN new.a > 0 THEN 'up' ELSE 'down' END);\n"
            + "  UPDATE t SET seen = 1 WHERE id = new.id;\n"
            + "END;\n"
            + "BEGIN;\n"
            + "END;";
    assertThat(SQLITE.split(sql))
        .extracting(Statement::line)
        .as("BEGIN and END outside a trigger are transaction statements")
        .containsExactly(1, 5, 6);
  }

  @Test
  void postgresqlRoutineBodiesIgnoreMysqlBlockWords() {
    String sql =
        "CREATE FUNCTION f(x int) RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT x; END;\n"
            + "DECLARE c CURSOR FOR SELECT 1;\n"
            + "END;";
    assertThat(POSTGRESQL.split(sql)).extracting(Statement::line).containsExactly(1, 2, 3);
  }
}

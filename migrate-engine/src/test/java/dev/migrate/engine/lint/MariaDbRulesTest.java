package dev.migrate.engine.lint;

import static dev.migrate.engine.lint.LintCorpus.lint;
import static dev.migrate.engine.lint.LintCorpus.rules;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The MariaDB/MySQL corpus: statements each rule must catch and the look-alikes it must not. The
 * script's first statements declare the table, as an earlier revision would, where a rule judges a
 * change against the old type; a lock timeout is configured.
 */
class MariaDbRulesTest {
  private static final String ORDERS =
      "CREATE TABLE orders (id INT PRIMARY KEY, code VARCHAR(20) NOT NULL,"
          + " state ENUM('new','paid') NOT NULL, note VARCHAR(100));\n";

  static Stream<Arguments> corpus() {
    return Stream.of(
        c("ALTER TABLE orders MODIFY code INT NOT NULL", "my-copy-type-change"),
        c("ALTER TABLE orders MODIFY COLUMN code VARCHAR(10) NOT NULL", "my-copy-type-change"),
        c("ALTER TABLE orders CHANGE code code BIGINT", "my-copy-type-change"),
        c("ALTER TABLE orders MODIFY code VARCHAR(60) NOT NULL"),
        c("ALTER TABLE orders MODIFY code VARCHAR(20) NULL"),
        c("ALTER TABLE orders MODIFY code INT NOT NULL, ALGORITHM=INPLACE, LOCK=NONE"),
        c("ALTER TABLE orders MODIFY note VARCHAR(200)"),
        c("ALTER TABLE orders MODIFY note VARCHAR(50)", "my-copy-type-change"),
        c("ALTER TABLE orders ADD COLUMN x INT, ALGORITHM=COPY", "my-explicit-copy-or-lock"),
        c("ALTER TABLE orders ADD INDEX ix (code), LOCK=SHARED", "my-explicit-copy-or-lock"),
        c("ALTER TABLE orders ADD INDEX ix (code), ALGORITHM=INPLACE, LOCK=NONE"),
        c(
            "ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (cid) REFERENCES customers (id)",
            "my-add-foreign-key"),
        c("CREATE TABLE t (id INT, cid INT, CONSTRAINT fk FOREIGN KEY (cid) REFERENCES c (id))"),
        c("ALTER TABLE orders ADD CONSTRAINT ck CHECK (id > 0)", "my-add-check"),
        c(
            "ALTER TABLE orders DROP PRIMARY KEY, ADD PRIMARY KEY (id, code)",
            "my-table-rebuild",
            "my-table-rebuild"),
        c("ALTER TABLE orders ENGINE=InnoDB", "my-table-rebuild"),
        c("CREATE FULLTEXT INDEX ft ON orders (note)", "my-table-rebuild"),
        c("ALTER TABLE orders ADD FULLTEXT INDEX ft (note)", "my-table-rebuild"),
        c("CREATE INDEX ix ON orders (code)"),
        c(
            "ALTER TABLE orders ADD COLUMN total2 INT AS (id * 2) STORED",
            "my-stored-or-autoinc-column"),
        c("ALTER TABLE orders ADD COLUMN total3 INT AS (id * 2) VIRTUAL"),
        c(
            "ALTER TABLE orders ADD COLUMN seq INT AUTO_INCREMENT UNIQUE",
            "my-stored-or-autoinc-column"),
        c("ALTER TABLE orders MODIFY state ENUM('paid','new') NOT NULL", "my-enum-set-rewrite"),
        c("ALTER TABLE orders MODIFY state ENUM('new') NOT NULL", "my-enum-set-rewrite"),
        c("ALTER TABLE orders MODIFY state ENUM('new','paid','sent') NOT NULL"),
        c("ALTER TABLE orders ADD COLUMN made DATETIME DEFAULT (now())", "my-expression-default"),
        c("ALTER TABLE orders ADD COLUMN made2 TIMESTAMP DEFAULT CURRENT_TIMESTAMP"),
        c("ALTER TABLE orders ADD COLUMN qty INT DEFAULT 0"),
        c("ALTER TABLE orders CHANGE note remark VARCHAR(100)", "rename-column"),
        c("ALTER TABLE orders RENAME COLUMN note TO remark", "rename-column"),
        c("RENAME TABLE orders TO purchases", "rename-table"),
        c("ALTER TABLE orders ADD COLUMN flag INT NOT NULL", "add-required-column"),
        c("ALTER TABLE orders DROP COLUMN note", "drop-column"),
        c("ALTER TABLE orders DROP note", "drop-column"),
        c("ALTER TABLE orders DROP INDEX ix"),
        c("DROP TABLE orders", "drop-table"),
        c("DELIMITER //\nCREATE PROCEDURE p() BEGIN DROP TABLE orders; END//\nDELIMITER ;"),
        c("CREATE TRIGGER tr BEFORE INSERT ON orders FOR EACH ROW SET NEW.code = UPPER(NEW.code)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void findsExactlyTheRules(String sql, List<String> expected) {
    // The declaring statement is an earlier revision's: learn it, then lint the change.
    List<Finding> findings = lintAfterDeclaration(sql);
    assertThat(rules(findings)).as(sql).containsExactlyInAnyOrderElementsOf(expected);
  }

  private static List<Finding> lintAfterDeclaration(String sql) {
    var database = dev.migrate.engine.database.Databases.forName("mariadb");
    Linter linter = new Linter(database.lintRules(), java.util.Map.of(), 10, true);
    var splitter = dev.migrate.engine.sql.SqlSplitter.of(database.syntax());
    linter.learn(new Linter.Script(ORDERS, 1, splitter.split(ORDERS, 1, "V0.sql"), true));
    return linter.lint(new Linter.Script(sql, 1, splitter.split(sql, 1, "V1.sql"), true));
  }

  private static Arguments c(String sql, String... rules) {
    return Arguments.of(sql, List.of(rules));
  }

  @org.junit.jupiter.api.Test
  void mysqlSharesTheRules() {
    assertThat(rules(lint("mysql", true, 8, "ALTER TABLE orders ADD CONSTRAINT ck CHECK (a > 0)")))
        .containsExactly("my-add-check");
  }
}

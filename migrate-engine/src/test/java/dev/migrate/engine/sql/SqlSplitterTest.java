package dev.migrate.engine.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.migrate.engine.testing.Syntaxes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlSplitterTest {
  private static final SqlSplitter POSTGRESQL = SqlSplitter.of(Syntaxes.POSTGRESQL);
  private static final SqlSplitter MYSQL = SqlSplitter.of(Syntaxes.MYSQL);
  private static final SqlSplitter H2 = SqlSplitter.of(Syntaxes.H2);

  static String resource(String name) {
    try (InputStream in = SqlSplitterTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void realWorldPostgresqlScriptSplitsWhereThePostgresqlClientWould() {
    List<Statement> statements =
        POSTGRESQL.split(resource("postgresql-realworld.sql"), 1, "pg.sql");

    assertThat(statements)
        .extracting(Statement::index, Statement::line, s -> s.sql().lines().findFirst().get())
        .containsExactly(
            tuple(1, 2, "CREATE TABLE accounts ("),
            tuple(
                2, 9, "COMMENT ON TABLE accounts IS 'Customer''s accounts; one row per customer'"),
            tuple(3, 12, "CREATE OR REPLACE FUNCTION transfer(src int, dst int, amount numeric)"),
            tuple(4, 28, "DO $$"),
            tuple(5, 36, "CREATE FUNCTION touch_account() RETURNS trigger AS $trg$"),
            tuple(6, 43, "CREATE TRIGGER accounts_touch BEFORE UPDATE ON accounts"),
            tuple(
                7,
                46,
                "INSERT INTO accounts (name) VALUES (E'O\\'Brien; \\\\ escaped'), ('C:\\temp\\')"),
            tuple(8, 47, "INSERT INTO accounts (name) VALUES ('after a trailing backslash')"));
    assertThat(statements.get(2).sql())
        .endsWith("  RETURN note || $$; and $$;\nEND;\n$body$")
        .contains("RAISE EXCEPTION 'too much: %; \"quoted\"', amount;");
    assertThat(statements.get(3).sql()).endsWith("END IF;\nEND\n$$");
    assertThat(statements.get(4).sql()).endsWith("$trg$ LANGUAGE plpgsql");
  }

  @Test
  void mysqlProcedureBetweenStatementMarkersIsOneStatement() {
    List<Statement> statements = MYSQL.split(resource("mysql-procedure.sql"), 1, "my.sql");

    assertThat(statements)
        .extracting(Statement::index, Statement::line)
        .containsExactly(
            tuple(1, 2), tuple(2, 5), tuple(3, 15), tuple(4, 16), tuple(5, 17), tuple(6, 19));
    assertThat(statements.get(1).sql())
        .startsWith("CREATE PROCEDURE fill_counters(IN n INT)\nBEGIN\n")
        .endsWith("  END WHILE;\nEND");
    assertThat(statements.get(3).sql())
        .isEqualTo(
            "INSERT INTO counters VALUES (10, 'it\\'s; fine'), (11, \"say \\\"hi\\\"; bye\")");
    assertThat(statements.get(4).sql()).isEqualTo("SELECT 1 --1");
    assertThat(statements.get(5).sql())
        .isEqualTo("INSERT INTO `counters` (`id`, `label`) VALUES (12, 'x')");
  }

  @Test
  void linesCountFromTheSectionsFirstLineInTheFile() {
    String section = "\n  -- leading comment\nSELECT 1;\n\n\nSELECT\n  2;  SELECT 3";
    assertThat(POSTGRESQL.split(section, 40, "f.sql"))
        .extracting(Statement::sql, Statement::line, Statement::index)
        .containsExactly(
            tuple("SELECT 1", 42, 1), tuple("SELECT\n  2", 45, 2), tuple("SELECT 3", 46, 3));
  }

  @Test
  void crlfAndLoneCarriageReturnsCountAsLineEnds() {
    assertThat(POSTGRESQL.split("SELECT 1;\r\nSELECT 2;\rSELECT 3;\n"))
        .extracting(Statement::line)
        .containsExactly(1, 2, 3);
  }

  @Test
  void emptyStatementsAndCommentOnlyTailsAreSkipped() {
    assertThat(POSTGRESQL.split(";;\n  ; SELECT 1;;\n-- only a comment\n/* and another */\n"))
        .extracting(Statement::sql, Statement::index)
        .containsExactly(tuple("SELECT 1", 1));
    assertThat(POSTGRESQL.split("  \n -- nothing\n")).isEmpty();
    assertThat(POSTGRESQL.split("")).isEmpty();
  }

  @Test
  void commentsInsideAStatementStayAndTrailingOnesGo() {
    assertThat(POSTGRESQL.split("SELECT /* a; b */ 1 -- c; d\n;"))
        .extracting(Statement::sql)
        .containsExactly("SELECT /* a; b */ 1");
  }

  @Test
  void postgresqlStandardStringsTreatBackslashAsText() {
    assertThat(POSTGRESQL.split("SELECT 'a\\';SELECT 'b'"))
        .extracting(Statement::sql)
        .containsExactly("SELECT 'a\\'", "SELECT 'b'");
  }

  @Test
  void postgresqlEscapeStringsTakeBackslashAndDoubledQuotes() {
    assertThat(POSTGRESQL.split("SELECT E'\\'';SELECT e'x''; y\\\\';SELECT 1"))
        .extracting(Statement::sql)
        .containsExactly("SELECT E'\\''", "SELECT e'x''; y\\\\'", "SELECT 1");
    // An identifier ending in e is not an E prefix.
    assertThat(POSTGRESQL.split("SELECT some_e'a\\';SELECT 2"))
        .extracting(Statement::sql)
        .containsExactly("SELECT some_e'a\\'", "SELECT 2");
  }

  @Test
  void quotedIdentifiersHideDelimitersAndDoubleTheirQuote() {
    assertThat(POSTGRESQL.split("CREATE TABLE \"we;ird\" (\"a\"\"; b\" int);SELECT 1"))
        .extracting(Statement::sql)
        .containsExactly("CREATE TABLE \"we;ird\" (\"a\"\"; b\" int)", "SELECT 1");
    assertThat(MYSQL.split("CREATE TABLE `we;ird` (`a``;` int);SELECT 1"))
        .extracting(Statement::sql)
        .containsExactly("CREATE TABLE `we;ird` (`a``;` int)", "SELECT 1");
  }

  @Test
  void dollarQuotesWithTagsNestOtherTags() {
    String sql = "SELECT $a$ x; $b$ y; $b$ z; $a$;SELECT $$;$$;SELECT $1 + $2";
    assertThat(POSTGRESQL.split(sql))
        .extracting(Statement::sql)
        .containsExactly("SELECT $a$ x; $b$ y; $b$ z; $a$", "SELECT $$;$$", "SELECT $1 + $2");
  }

  @Test
  void dollarSignsInsideIdentifiersDoNotOpenAQuote() {
    assertThat(POSTGRESQL.split("SELECT a$b$c FROM t;SELECT 2"))
        .extracting(Statement::sql)
        .containsExactly("SELECT a$b$c FROM t", "SELECT 2");
  }

  @Test
  void postgresqlBlockCommentsNestAndMysqlOnesDoNot() {
    String sql = "/* a /* b */ SELECT 1; */ SELECT 2;";
    assertThat(POSTGRESQL.split(sql)).extracting(Statement::sql).containsExactly("SELECT 2");
    assertThat(MYSQL.split(sql))
        .extracting(Statement::sql)
        .containsExactly("SELECT 1", "*/ SELECT 2");
  }

  @Test
  void postgresqlBeginAtomicBodiesStayWhole() {
    String sql =
        "CREATE OR REPLACE FUNCTION f(x int) RETURNS int LANGUAGE sql\n"
            + "BEGIN ATOMIC\n"
            + "  SELECT CASE WHEN x > 0 THEN 1 ELSE 0 END;\n"
            + "  SELECT x;\n"
            + "END;\n"
            + "CREATE PROCEDURE p() LANGUAGE sql BEGIN ATOMIC INSERT INTO t VALUES (1); END;\n"
            + "SELECT CASE WHEN true THEN 1 END;\n"
            + "SELECT 'begin';";
    assertThat(POSTGRESQL.split(sql)).extracting(Statement::line).containsExactly(1, 6, 7, 8);
  }

  @Test
  void postgresqlParenthesesHideDelimiters() {
    assertThat(POSTGRESQL.split("SELECT (1;2);SELECT 3"))
        .extracting(Statement::sql)
        .containsExactly("SELECT (1;2)", "SELECT 3");
  }

  @Test
  void mysqlStringsTakeBackslashEscapesInBothQuotes() {
    assertThat(MYSQL.split("SELECT 'a\\';b', \"c\\\";d\";SELECT 'e''f'"))
        .extracting(Statement::sql)
        .containsExactly("SELECT 'a\\';b', \"c\\\";d\"", "SELECT 'e''f'");
  }

  @Test
  void mysqlHashAndDashDashSpaceAreComments() {
    assertThat(MYSQL.split("# one; two\nSELECT 1; -- three; four\n#\nSELECT 2 # five;\n;"))
        .extracting(Statement::sql, Statement::line)
        .containsExactly(tuple("SELECT 1", 2), tuple("SELECT 2", 4));
    assertThat(POSTGRESQL.split("SELECT 1 # 2;"))
        .extracting(Statement::sql)
        .containsExactly("SELECT 1 # 2");
  }

  @Test
  void mysqlVersionCommentsAreStatementText() {
    assertThat(MYSQL.split("/*!40101 SET NAMES utf8mb4 */;\nSELECT /*+ NO_INDEX(t) */ 1;"))
        .extracting(Statement::sql)
        .containsExactly("/*!40101 SET NAMES utf8mb4 */", "SELECT /*+ NO_INDEX(t) */ 1");
  }

  @Test
  void mysqlDelimiterCommandChangesTheDelimiterUntilReset() {
    String sql =
        "DELIMITER //\n"
            + "CREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW BEGIN SET NEW.a = 1; END//\n"
            + "DELIMITER ;\n"
            + "SELECT 1;\n";
    assertThat(MYSQL.split(sql))
        .extracting(Statement::sql, Statement::line)
        .containsExactly(
            tuple("CREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW BEGIN SET NEW.a = 1; END", 2),
            tuple("SELECT 1", 4));
  }

  @Test
  void h2AcceptsDollarBodiesSlashCommentsAndNestedComments() {
    String sql =
        "CREATE ALIAS rev AS $$ String rev(String s) { return s; } $$;\n"
            + "// a comment; here\n"
            + "/* a /* b; */ c */ SELECT 1;";
    assertThat(H2.split(sql))
        .extracting(Statement::sql, Statement::line)
        .containsExactly(
            tuple("CREATE ALIAS rev AS $$ String rev(String s) { return s; } $$", 1),
            tuple("SELECT 1", 3));
    assertThat(H2.split("SELECT $tag$;"))
        .extracting(Statement::sql)
        .containsExactly("SELECT $tag$");
  }

  @Test
  void markedBlockFlushesAPendingStatementAndDropsOneTrailingDelimiter() {
    String sql =
        "SELECT 0\n"
            + "-- migrate:statement-begin\n"
            + "\n"
            + "  BEGIN; 'unbalanced /* whatever $$\n"
            + "  END;\n"
            + "  --   MIGRATE:statement-end  \n"
            + "-- migrate: statement-begin\n"
            + "--Migrate:Statement-End\n"
            + "SELECT 1";
    assertThat(POSTGRESQL.split(sql, 10, "f.sql"))
        .extracting(Statement::sql, Statement::line, Statement::index)
        .containsExactly(
            tuple("SELECT 0", 10, 1),
            tuple("BEGIN; 'unbalanced /* whatever $$\n  END", 13, 2),
            tuple("SELECT 1", 18, 3));
  }

  @Test
  void markersWithoutPartnersAreErrorsNamingFileAndLine() {
    assertThatThrownBy(
            () -> MYSQL.split("SELECT 1;\n-- migrate:statement-begin\nBEGIN", 7, "p.sql"))
        .isInstanceOf(SqlSplitException.class)
        .hasMessage(
            "p.sql, line 8: -- migrate:statement-begin without a matching -- migrate:statement-end");
    assertThatThrownBy(() -> MYSQL.split("SELECT 1;\n\n-- migrate:statement-end\n", 1, "p.sql"))
        .isInstanceOf(SqlSplitException.class)
        .hasMessageStartingWith("p.sql, line 3: -- migrate:statement-end without");
  }

  @Test
  void unterminatedConstructsAreErrorsAtTheLineWhereTheyOpen() {
    assertThatThrownBy(() -> POSTGRESQL.split("SELECT 1;\nSELECT 'abc;\nSELECT 2;", 5, "q.sql"))
        .isInstanceOf(SqlSplitException.class)
        .hasMessage("q.sql, line 6: unterminated string literal (') starts here")
        .satisfies(e -> assertThat(((SqlSplitException) e).line()).isEqualTo(6));
    assertThatThrownBy(() -> POSTGRESQL.split("\n\nDO $do$ BEGIN END $$;", 1, "q.sql"))
        .hasMessage("q.sql, line 3: unterminated dollar-quoted string $do$ starts here");
    assertThatThrownBy(() -> POSTGRESQL.split("/* /* */ SELECT 1;", 1, "q.sql"))
        .hasMessage("q.sql, line 1: unterminated block comment (/*) starts here");
    assertThatThrownBy(() -> POSTGRESQL.split("SELECT \"abc", 1, "q.sql"))
        .hasMessageContaining("unterminated quoted identifier");
    assertThatThrownBy(() -> MYSQL.split("SELECT 'abc\\'", 1, "q.sql"))
        .hasMessageContaining("line 1: unterminated string literal");
  }

  @Test
  void streamingSplitDeliversStatementsInOrder() {
    List<Statement> seen = new java.util.ArrayList<>();
    POSTGRESQL.split("SELECT 1; SELECT 2", 3, "s.sql", seen::add);
    assertThat(seen)
        .containsExactly(new Statement("SELECT 1", 3, 1), new Statement("SELECT 2", 3, 2));
  }

  @Test
  void psqlMetaCommandsAreRefusedNamingTheLineAndSayingTheyArePsqls() {
    assertThatThrownBy(
            () -> POSTGRESQL.split("SELECT 1;\n\\set ON_ERROR_STOP on\nSELECT 2;", 4, "a.sql"))
        .isInstanceOfSatisfying(SqlSplitException.class, e -> assertThat(e.line()).isEqualTo(5))
        .hasMessageStartingWith("a.sql, line 5: \\set is a psql meta-command, not SQL")
        .hasMessageContaining("remove it");
    assertThatThrownBy(() -> POSTGRESQL.split("\\connect other\n", 1, "b.sql"))
        .hasMessageStartingWith("b.sql, line 1: \\connect is a psql meta-command");
    assertThatThrownBy(() -> POSTGRESQL.split("SELECT 1 \\gset\n", 1, "c.sql"))
        .hasMessageStartingWith("c.sql, line 1: \\gset is a psql meta-command");
    // Inside strings, comments and dollar quotes a backslash is text.
    assertThat(
            POSTGRESQL.split("SELECT 'C:\\temp\\', E'\\n'; -- \\set\n/* \\i x */ SELECT $$\\.$$;"))
        .hasSize(2);
    // MySQL and H2 scripts are not psql's: no such rule there.
    assertThat(MYSQL.split("SELECT 'a\\'b';")).hasSize(1);
  }

  @Test
  void copyFromStdinIsRefusedBeforeItsRows() {
    String dump =
        "CREATE TABLE t (id int, name text);\n"
            + "COPY public.t (id, name) FROM stdin;\n"
            + "1\talice\n"
            + "\\.\n";
    assertThatThrownBy(() -> POSTGRESQL.split(dump, 1, "dump.sql"))
        .isInstanceOfSatisfying(SqlSplitException.class, e -> assertThat(e.line()).isEqualTo(2))
        .hasMessageStartingWith(
            "dump.sql, line 2: COPY ... FROM STDIN / TO STDOUT is psql's, not SQL")
        .hasMessageContaining("INSERT");
    assertThatThrownBy(() -> POSTGRESQL.split("copy (select 1) to STDOUT", 1, "out.sql"))
        .hasMessageContaining("line 1: COPY ... FROM STDIN");
    // COPY from a server file is SQL, and so is a table called stdin_log.
    assertThat(POSTGRESQL.split("COPY t FROM '/srv/t.csv'; COPY stdin_log FROM '/x';")).hasSize(2);
  }
}

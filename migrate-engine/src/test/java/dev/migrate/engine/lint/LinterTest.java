package dev.migrate.engine.lint;

import static dev.migrate.engine.lint.LintCorpus.lint;
import static dev.migrate.engine.lint.LintCorpus.rules;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.engine.common.LintSeverity;
import dev.migrate.engine.database.Databases;
import dev.migrate.engine.sql.SqlSplitter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Suppressions, the lock-timeout rule, overrides, positions and what earlier revisions declared.
 */
class LinterTest {
  private static List<Finding> pg(String sql) {
    return lint("postgresql", true, 16, true, Map.of(), sql);
  }

  @Test
  void aSuppressionWithAReasonSilencesTheNextStatementOnly() {
    List<Finding> findings =
        pg(
            """
            -- migrate:lint-ignore pg-index-not-concurrent small lookup table
            CREATE INDEX a ON countries (code);
            CREATE INDEX b ON countries (name);
            """);
    assertThat(findings)
        .extracting(Finding::rule, Finding::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("pg-index-not-concurrent", 3));
  }

  @Test
  void aSuppressionMayNameSeveralRules() {
    assertThat(
            pg(
                """
                -- migrate:lint-ignore drop-column, add-required-column empty table
                ALTER TABLE orders DROP COLUMN legacy, ADD COLUMN code text NOT NULL;
                """))
        .isEmpty();
  }

  @Test
  void aFileSuppressionSilencesTheRuleEverywhere() {
    assertThat(
            pg(
                """
                -- migrate:lint-ignore-file pg-index-not-concurrent tables under 1000 rows
                CREATE INDEX a ON countries (code);
                CREATE INDEX b ON currencies (name);
                """))
        .isEmpty();
  }

  @Test
  void unknownRulesAreReported() {
    List<Finding> findings =
        pg(
            """
            -- migrate:lint-ignore pg-index-not-concurrant typo here
            CREATE INDEX a ON countries (code);
            """);
    assertThat(rules(findings)).containsExactly("pg-index-not-concurrent", "lint-ignore");
    assertThat(findings.get(1).message()).contains("unknown rule 'pg-index-not-concurrant'");
    assertThat(findings.get(1).line()).isEqualTo(1);
  }

  @Test
  void suppressionsThatMatchNothingAreReported() {
    List<Finding> findings =
        pg(
            """
            -- migrate:lint-ignore drop-table nothing is dropped here
            CREATE INDEX CONCURRENTLY a ON countries (code);
            """
                .replace("CONCURRENTLY ", ""));
    assertThat(rules(findings)).containsExactly("pg-index-not-concurrent", "lint-ignore");
    assertThat(findings.get(1).message()).contains("drop-table matched nothing");
    List<Finding> file =
        pg("-- migrate:lint-ignore-file drop-table none\nALTER TABLE t ADD COLUMN c text;\n");
    assertThat(file)
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("in the script"));
  }

  @Test
  void suppressionsNeedARuleAndAReason() {
    assertThat(pg("-- migrate:lint-ignore\nALTER TABLE t ADD COLUMN c text;\n"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("names no rule"));
    List<Finding> noReason = pg("-- migrate:lint-ignore drop-table\nDROP TABLE legacy;\n");
    assertThat(noReason)
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("gives no reason"));
  }

  @Test
  void lockTimeoutMissingOnceWhenNeitherConfigurationNorScriptSetsOne() {
    String sql = "ALTER TABLE orders ADD COLUMN a text;\nALTER TABLE orders ADD COLUMN b text;\n";
    assertThat(rules(lint("postgresql", true, 16, false, Map.of(), sql)))
        .containsExactly("lock-timeout-missing");
    assertThat(lint("postgresql", true, 16, true, Map.of(), sql)).isEmpty();
    assertThat(lint("postgresql", true, 16, false, Map.of(), "SET lock_timeout = '3s';\n" + sql))
        .isEmpty();
    assertThat(
            lint(
                "mariadb",
                true,
                11,
                false,
                Map.of(),
                "SET SESSION lock_wait_timeout = 5;\nALTER TABLE orders ADD COLUMN a TEXT;\n"))
        .isEmpty();
    assertThat(lint("mariadb", true, 11, false, Map.of(), "ALTER TABLE orders WAIT 5 ADD c INT"))
        .isEmpty();
    assertThat(
            lint(
                "postgresql",
                true,
                16,
                false,
                Map.of(),
                "CREATE TABLE t (id int);\nCREATE INDEX ix ON t (id);\n"))
        .isEmpty();
  }

  @Test
  void overridesChangeOrSilenceARule() {
    String sql = "ALTER TABLE orders DROP COLUMN legacy";
    assertThat(lint("postgresql", true, 16, true, Map.of("drop-column", LintSeverity.ERROR), sql))
        .singleElement()
        .extracting(Finding::severity)
        .isEqualTo(LintSeverity.ERROR);
    assertThat(lint("postgresql", true, 16, true, Map.of("drop-column", LintSeverity.OFF), sql))
        .isEmpty();
  }

  @Test
  void findingsCarryTheFileLineAndColumnOfTheStatement() {
    List<Finding> findings = pg("SELECT 1;\n\n   DROP TABLE legacy;\n");
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.line()).isEqualTo(3);
              assertThat(f.column()).isEqualTo(4);
              assertThat(f.why()).isNotBlank();
              assertThat(f.instead()).isNotBlank();
            });
  }

  @Test
  void typeChangesAreJudgedAgainstTheTypeAnEarlierRevisionDeclared() {
    var database = Databases.forName("postgresql");
    var splitter = SqlSplitter.of(database.syntax());
    Linter linter = new Linter(database.lintRules(), Map.of(), 16, true);
    String create = "CREATE TABLE orders (code varchar(20) NOT NULL, total numeric(10,2))";
    linter.learn(new Linter.Script(create, 1, splitter.split(create), true));
    String widen =
        "ALTER TABLE orders ALTER COLUMN code TYPE varchar(50),"
            + " ALTER COLUMN total TYPE numeric(12,2)";
    assertThat(linter.lint(new Linter.Script(widen, 1, splitter.split(widen), true))).isEmpty();
    String narrow = "ALTER TABLE orders ALTER COLUMN code TYPE varchar(10)";
    assertThat(rules(linter.lint(new Linter.Script(narrow, 1, splitter.split(narrow), true))))
        .containsExactly("pg-type-change-rewrite");
  }

  @Test
  void annotatingPutsEachFindingAsACommentBeforeItsStatement() {
    var database = Databases.forName("postgresql");
    Linter linter = new Linter(database.lintRules(), Map.of(), 16, true);
    String sql = "CREATE TABLE t (id int);\n  CREATE INDEX ix ON orders (a);\nSELECT 1;\n";
    String annotated =
        linter.annotate(
            new Linter.Script(sql, 1, SqlSplitter.of(database.syntax()).split(sql), true));
    assertThat(annotated)
        .isEqualTo(
            "CREATE TABLE t (id int);\n"
                + "  -- lint: pg-index-not-concurrent (warning): CREATE INDEX on orders without"
                + " CONCURRENTLY blocks its writes. Instead: CREATE INDEX CONCURRENTLY in a"
                + " revision of its own with transactional: false\n"
                + "  CREATE INDEX ix ON orders (a);\nSELECT 1;\n");
  }
}

package dev.migrate.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.script.ScriptException;
import dev.migrate.engine.testing.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A script that cannot be split is an error naming its file and line before anything runs, in
 * {@code validate}, {@code check}, {@code upgrade} and offline rendering alike, in the syntax of
 * the database at hand.
 */
class SplitBeforeRunTest {
  @TempDir Path dir;

  /**
   * Three scripts; the third opens a quote (a dollar quote where the syntax has them) on line 8.
   */
  private Path brokenThird(String database) {
    Scripts scripts = new Scripts(dir);
    scripts.table("a", null, null);
    scripts.table("b", "a", null);
    String open =
        database.equals("mariadb") || database.equals("sqlite")
            ? "INSERT INTO t_a VALUES ('never closed);"
            : "CREATE FUNCTION f() RETURNS INT AS $$ SELECT 1;";
    return scripts.write("c", "b", null, "CREATE TABLE t_c (id INT);\n" + open, "DROP TABLE t_c;");
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.ALL)
  void upgradeValidateAndCheckNameTheFileAndLineAndNothingRuns(String database) {
    Path third = brokenThird(database);
    try (TestDatabase db = TestDatabase.create(database)) {
      Migrator migrator =
          Migrator.create(db.config().locations("filesystem:" + dir.toAbsolutePath()).build());
      assertThat(migrator.validate().problems())
          .singleElement()
          .asString()
          .contains(third.getFileName().toString(), "line 8", "unterminated", "revision c");
      assertThat(migrator.check().problems())
          .anySatisfy(p -> assertThat(p).contains(third.getFileName().toString(), "line 8"));
      assertThatThrownBy(() -> migrator.upgrade("heads"))
          .isInstanceOf(ScriptException.class)
          .hasFieldOrPropertyWithValue("line", 8)
          .hasMessageContaining(third.getFileName().toString())
          .hasMessageContaining("unterminated");
      assertThat(db.tableExists("t_a")).as("the first revision did not run").isFalse();
      assertThat(db.tableExists("migrate_version")).isFalse();
      // Up to the revision before it, the run goes on.
      migrator.upgrade("b");
      assertThat(db.strings("SELECT version_num FROM migrate_version")).containsExactly("b");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql", "mariadb"})
  void offlineRenderingAndValidateWithoutADatabaseUseTheDialectSetting(String database) {
    Path third = brokenThird(database);
    Migrator migrator =
        Migrator.create(
            MigrateConfig.builder()
                .locations("filesystem:" + dir.toAbsolutePath())
                .dialect(database)
                .build());
    assertThatThrownBy(() -> migrator.upgradeSql("base:heads"))
        .isInstanceOf(ScriptException.class)
        .hasMessageContaining(third.getFileName().toString() + ", line 8");
    assertThat(migrator.validate().problems())
        .singleElement()
        .asString()
        .contains(third.getFileName().toString(), "line 8");
  }

  @Test
  void validateWithoutDatabaseOrDialectSplitsAsTheEmbeddedDefault() {
    Path third = brokenThird("h2");
    Migrator migrator =
        Migrator.create(
            MigrateConfig.builder().locations("filesystem:" + dir.toAbsolutePath()).build());
    assertThat(migrator.validate().problems())
        .singleElement()
        .asString()
        .contains(third.getFileName().toString(), "line 8", "dollar");
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void aDowngradeMarkerInsideADollarQuotedBodyIsPointedAt(String database) {
    Scripts scripts = new Scripts(dir);
    Path file =
        scripts.writeText(
            "a",
            String.join(
                "\n",
                "-- revision: a",
                "-- down_revision:",
                "-- message: body",
                "",
                "-- migrate:upgrade",
                "CREATE TABLE t_a (id INT);",
                "CREATE FUNCTION f() RETURNS INT AS $$",
                "-- migrate:downgrade",
                "SELECT 1",
                "$$ LANGUAGE sql;",
                ""));
    try (TestDatabase db = TestDatabase.create(database)) {
      Migrator migrator =
          Migrator.create(db.config().locations("filesystem:" + dir.toAbsolutePath()).build());
      assertThat(migrator.validate().problems())
          .singleElement()
          .asString()
          .contains(
              file.getFileName().toString() + ", line 8: the '-- migrate:downgrade' marker",
              "opened on line 7");
      assertThatThrownBy(() -> migrator.upgrade("heads"))
          .isInstanceOf(ScriptException.class)
          .hasFieldOrPropertyWithValue("line", 8);
      assertThat(db.tableExists("t_a")).isFalse();
    }
  }
}

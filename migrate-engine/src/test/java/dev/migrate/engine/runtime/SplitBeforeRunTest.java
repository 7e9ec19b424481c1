package dev.migrate.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.script.ScriptException;
import dev.migrate.engine.testing.TestDatabase;
import dev.migrate.engine.testing.TestDatabase.Kind;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

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
  private Path brokenThird(Kind kind) {
    Scripts scripts = new Scripts(dir);
    scripts.table("a", null, null);
    scripts.table("b", "a", null);
    String open =
        kind == Kind.MARIADB
            ? "INSERT INTO t_a VALUES ('never closed);"
            : "CREATE FUNCTION f() RETURNS INT AS $$ SELECT 1;";
    return scripts.write("c", "b", null, "CREATE TABLE t_c (id INT);\n" + open, "DROP TABLE t_c;");
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void upgradeValidateAndCheckNameTheFileAndLineAndNothingRuns(Kind kind) {
    Path third = brokenThird(kind);
    try (TestDatabase db = TestDatabase.create(kind)) {
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
  @EnumSource(
      value = Kind.class,
      names = {"H2", "POSTGRESQL", "MARIADB"})
  void offlineRenderingAndValidateWithoutADatabaseUseTheDialectSetting(Kind kind) {
    Path third = brokenThird(kind);
    Migrator migrator =
        Migrator.create(
            MigrateConfig.builder()
                .locations("filesystem:" + dir.toAbsolutePath())
                .dialect(kind.name().toLowerCase(java.util.Locale.ROOT))
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
    Path third = brokenThird(Kind.H2);
    Migrator migrator =
        Migrator.create(
            MigrateConfig.builder().locations("filesystem:" + dir.toAbsolutePath()).build());
    assertThat(migrator.validate().problems())
        .singleElement()
        .asString()
        .contains(third.getFileName().toString(), "line 8", "dollar");
  }

  @ParameterizedTest
  @EnumSource(
      value = Kind.class,
      names = {"H2", "POSTGRESQL"})
  void aDowngradeMarkerInsideADollarQuotedBodyIsPointedAt(Kind kind) {
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
    try (TestDatabase db = TestDatabase.create(kind)) {
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

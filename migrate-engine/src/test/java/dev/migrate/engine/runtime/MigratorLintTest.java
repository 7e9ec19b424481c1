package dev.migrate.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.api.LintFinding;
import dev.migrate.engine.api.LintOptions;
import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.api.Setting;
import dev.migrate.engine.api.SettingException;
import dev.migrate.engine.common.LintSeverity;
import dev.migrate.engine.common.MigrateException;
import dev.migrate.engine.testing.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lint} through the facade: which revisions it reads, and {@code check} with lint. */
class MigratorLintTest {
  @TempDir Path dir;

  @BeforeEach
  void scripts() {
    Scripts scripts = new Scripts(dir);
    scripts.write(
        "a1", null, null, "CREATE TABLE orders (id INT PRIMARY KEY);\nDROP TABLE IF EXISTS x;", "");
    scripts.write("b2", "a1", null, "CREATE INDEX ix ON orders (id);", "DROP INDEX ix;");
  }

  private MigrateConfig.Builder offline() {
    return MigrateConfig.builder()
        .locations("filesystem:" + dir)
        .dialect("postgresql")
        .statementLockTimeout(java.time.Duration.ofSeconds(5));
  }

  @Test
  void withoutADatabaseEveryRevisionOrTheChosenOnesAreLinted() {
    Migrator migrator = Migrator.create(offline().build());
    assertThat(migrator.lint(null).revisions()).containsExactly("a1", "b2");
    assertThat(migrator.lint(null).findings())
        .extracting(LintFinding::revision, LintFinding::rule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a1", "drop-table"),
            org.assertj.core.groups.Tuple.tuple("b2", "pg-index-not-concurrent"));
    assertThat(migrator.lint("b2").revisions()).containsExactly("b2");
    assertThat(migrator.lint("a1:b2").revisions()).containsExactly("a1", "b2");
    assertThat(migrator.lint("20250002-b2_create_b2.sql").revisions()).containsExactly("b2");
    assertThat(migrator.lint(null).fails(LintSeverity.WARNING)).isTrue();
    assertThat(migrator.lint(null).fails(LintSeverity.ERROR)).isFalse();
  }

  @Test
  void withoutADatabaseOrDialectLintSaysWhatItNeeds() {
    Migrator migrator =
        Migrator.create(MigrateConfig.builder().locations("filesystem:" + dir).build());
    assertThatThrownBy(() -> migrator.lint(null))
        .isInstanceOf(MigrateException.class)
        .hasMessageContaining("set dialect");
  }

  @Test
  void settingsAreParsedOnceAndNamedWhenBad() {
    MigrateConfig config =
        MigrateConfig.builder()
            .set(Setting.FAIL_ON, "error", null)
            .set(Setting.LINT_SEVERITY, "drop-table=off, drop-column=error", null)
            .set(Setting.SERVER_VERSION, "10.6", null)
            .set(Setting.FORMAT, "json", null)
            .set(Setting.LOCK_RETRIES, "3", null)
            .set(Setting.STATEMENT_LOCK_TIMEOUT, "1500ms", null)
            .build();
    assertThat(config.lint().failOn()).isEqualTo(LintSeverity.ERROR);
    assertThat(config.lint().severities())
        .containsEntry("drop-table", LintSeverity.OFF)
        .containsEntry("drop-column", LintSeverity.ERROR);
    assertThat(config.lint().serverVersion()).isEqualTo("10.6");
    assertThat(config.lockRetries()).isEqualTo(3);
    assertThat(config.statementLockTimeout()).hasMillis(1500);
    assertThatThrownBy(
            () -> MigrateConfig.builder().set(Setting.FAIL_ON, "loud", "-Dmigrate.failOn"))
        .isInstanceOf(SettingException.class)
        .hasMessageContaining("failOn")
        .hasMessageContaining("error, warning, info or never");
    assertThatThrownBy(() -> MigrateConfig.builder().set(Setting.LINT_SEVERITY, "drop-table", null))
        .hasMessageContaining("rule=level");
    assertThatThrownBy(() -> MigrateConfig.builder().set(Setting.LOCK_RETRIES, "-1", null))
        .hasMessageContaining("lockRetries");
  }

  @Test
  void anOlderServerVersionTurnsOnItsRules() {
    new Scripts(dir)
        .write("c3", "b2", null, "ALTER TABLE orders ADD COLUMN flag boolean DEFAULT false;", "");
    Migrator newest = Migrator.create(offline().build());
    Migrator ten =
        Migrator.create(offline().lint(LintOptions.DEFAULTS.withServerVersion("10")).build());
    assertThat(newest.lint("c3").findings()).isEmpty();
    assertThat(ten.lint("c3").findings())
        .extracting(LintFinding::rule)
        .containsExactly("pg-add-column-rewrite");
  }

  @Test
  void onADatabaseOnlyPendingRevisionsAreLintedAndCheckCanLintThem() {
    try (TestDatabase db = TestDatabase.postgres()) {
      MigrateConfig.Builder config =
          db.config()
              .locations("filesystem:" + dir)
              .statementLockTimeout(java.time.Duration.ofSeconds(5));
      Migrator migrator = Migrator.create(config.build());
      migrator.upgrade("a1");

      assertThat(migrator.lint(null).revisions()).containsExactly("b2");
      assertThat(migrator.lint(null).findings())
          .extracting(LintFinding::rule)
          .containsExactly("pg-index-not-concurrent");
      assertThat(migrator.check().problems()).noneMatch(p -> p.startsWith("lint:"));
      Migrator linting =
          Migrator.create(config.lint(LintOptions.DEFAULTS.withOnCheck(true)).build());
      assertThat(linting.check().problems())
          .anyMatch(p -> p.startsWith("lint: ") && p.contains("pg-index-not-concurrent"));
    }
  }
}

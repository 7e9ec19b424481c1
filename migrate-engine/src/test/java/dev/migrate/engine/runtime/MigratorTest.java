package dev.migrate.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.api.RevisionEntry;
import dev.migrate.engine.api.RunResult;
import dev.migrate.engine.api.error.MigrationFailedException;
import dev.migrate.engine.api.error.MissingTargetException;
import dev.migrate.engine.api.error.NoDatabaseException;
import dev.migrate.engine.api.error.RangeNotAllowedException;
import dev.migrate.engine.api.error.UnresolvedFailureException;
import dev.migrate.engine.testing.Reporters;
import dev.migrate.engine.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The facade's commands over real scripts and real databases. */
class MigratorTest {
  @TempDir Path dir;

  @Test
  void aMissingTargetOrARangeIsRefusedBeforeAnythingIsReadOrOpened() {
    // No scripts and no database: the argument is judged first, in the engine's one wording.
    Migrator migrator =
        Migrator.create(
            MigrateConfig.builder().locations("filesystem:" + dir.resolve("none")).build());
    assertThatThrownBy(() -> migrator.downgrade(" "))
        .isInstanceOf(MissingTargetException.class)
        .hasFieldOrPropertyWithValue("command", "downgrade")
        .hasMessageContaining("downgrade needs a target");
    assertThatThrownBy(() -> migrator.stamp(List.of(), false))
        .isInstanceOf(MissingTargetException.class)
        .hasMessageContaining("stamp needs at least one target");
    assertThatThrownBy(() -> migrator.downgradeSql(null))
        .isInstanceOf(MissingTargetException.class)
        .hasMessageContaining("downgrade --sql needs a target");
    assertThatThrownBy(() -> migrator.upgrade("base:heads"))
        .isInstanceOf(RangeNotAllowedException.class)
        .hasFieldOrPropertyWithValue("target", "base:heads")
        .hasMessageContaining("Range revision not allowed")
        .hasMessageContaining("--sql");
    assertThatThrownBy(() -> migrator.downgrade("heads:base"))
        .isInstanceOf(RangeNotAllowedException.class);
    Migrator noDatabase =
        Migrator.create(
            MigrateConfig.builder()
                .locations(new Scripts(dir).branchesMergeAndDependency().location())
                .build());
    assertThatThrownBy(noDatabase::current).isInstanceOf(NoDatabaseException.class);
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.ALL)
  void upgradeDowngradeAndStampOverBranchesMergeAndDependency(String database) {
    Scripts scripts = new Scripts(dir).branchesMergeAndDependency();
    try (TestDatabase db = TestDatabase.create(database)) {
      List<String> lines = new ArrayList<>();
      Migrator migrator =
          Migrator.create(
              db.config().locations(scripts.location()).reporter(Reporters.into(lines)).build());

      assertThat(migrator.current()).isEmpty();
      assertThat(db.tableExists("migrate_version")).as("current creates nothing").isFalse();

      RunResult up = migrator.upgrade("heads");
      assertThat(up.steps()).hasSize(6);
      assertThat(db.strings("SELECT version_num FROM migrate_version")).containsExactly("e");
      for (String id : List.of("a", "b", "c1", "c2", "d2", "e")) {
        assertThat(db.tableExists("t_" + id)).as(id).isTrue();
      }
      assertThat(lines).contains("Running upgrade c1, d2 -> e, create e");
      assertThat(migrator.current()).extracting(RevisionEntry::id).containsExactly("e");
      assertThat(migrator.heads()).extracting(RevisionEntry::id).containsExactly("e");
      assertThat(migrator.branches())
          .singleElement()
          .satisfies(
              b -> {
                assertThat(b.point().id()).isEqualTo("b");
                assertThat(b.children())
                    .extracting(RevisionEntry::id)
                    .containsExactlyInAnyOrder("c1", "c2");
              });
      List<RevisionEntry> history = migrator.history(null, true);
      assertThat(history).extracting(RevisionEntry::id).first().isEqualTo("e");
      assertThat(history).hasSize(6);
      assertThat(history.get(0).historyLine())
          .isEqualTo("c1, d2 -> e (one, two) (head) (current) (mergepoint), create e");
      assertThat(migrator.show("current")).extracting(RevisionEntry::id).containsExactly("e");
      assertThat(migrator.status().upToDate()).isTrue();
      assertThat(migrator.check().ok()).isTrue();

      migrator.downgrade("d2");
      assertThat(db.strings("SELECT version_num FROM migrate_version")).containsExactly("d2");
      assertThat(db.tableExists("t_e")).isFalse();
      assertThat(migrator.status().pending()).containsExactly("e");
      assertThat(migrator.check().problems())
          .singleElement()
          .asString()
          .contains("not at the script heads", "pending [e]");

      migrator.downgrade("-1");
      assertThat(db.strings("SELECT version_num FROM migrate_version"))
          .containsExactlyInAnyOrder("c1", "c2");
      assertThat(db.tableExists("t_d2")).isFalse();
      assertThat(db.tableExists("t_c1")).isTrue();

      migrator.downgrade("b");
      assertThat(db.strings("SELECT version_num FROM migrate_version")).containsExactly("b");
      assertThat(db.tableExists("t_c1")).isFalse();
      assertThat(db.tableExists("t_b")).isTrue();

      migrator.downgrade("base");
      assertThat(db.strings("SELECT version_num FROM migrate_version")).isEmpty();
      assertThat(db.tableExists("t_a")).isFalse();

      migrator.stamp(List.of("heads"), false);
      assertThat(db.strings("SELECT version_num FROM migrate_version")).containsExactly("e");
      assertThat(db.tableExists("t_e")).as("stamp runs no script").isFalse();

      db.execute("INSERT INTO migrate_version (version_num) VALUES ('zzz_unknown')");
      assertThat(migrator.validate().problems()).singleElement().asString().contains("zzz_unknown");
      migrator.stamp(List.of("c1"), true);
      assertThat(db.strings("SELECT version_num FROM migrate_version")).containsExactly("c1");
      assertThat(db.number("SELECT COUNT(*) FROM migrate_history WHERE direction = 'stamp'"))
          .isPositive();
    }
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.ALL)
  void aFailingStatementInTheThirdOfFiveScriptsNamesFileAndLine(String database) {
    Scripts scripts = new Scripts(dir);
    scripts.table("r1", null, null);
    scripts.table("r2", "r1", null);
    Path third =
        scripts.write(
            "r3",
            "r2",
            null,
            "CREATE TABLE t_r3 (id INT PRIMARY KEY);\nINSERT INTO t_r3 VALUES (1);\n"
                + "INSERT INTO missing_table VALUES (1);",
            "DROP TABLE t_r3;");
    scripts.table("r4", "r3", null);
    scripts.table("r5", "r4", null);
    try (TestDatabase db = TestDatabase.create(database)) {
      Migrator migrator = Migrator.create(db.config().locations(scripts.location()).build());
      assertThatThrownBy(() -> migrator.upgrade("heads"))
          .isInstanceOf(MigrationFailedException.class)
          .hasMessageContaining("revision r3")
          .hasMessageContaining(third.getFileName().toString())
          .hasMessageContaining("statement 3 (line 9)")
          .message()
          .containsIgnoringCase("missing_table");
      assertThat(db.strings("SELECT version_num FROM migrate_version")).containsExactly("r2");
      assertThat(db.tableExists("t_r4")).isFalse();
      assertThat(db.tableExists("t_r3")).isEqualTo(!transactionalDdl(database));
      if (!transactionalDdl(database)) {
        assertThatThrownBy(() -> migrator.upgrade("heads"))
            .isInstanceOf(UnresolvedFailureException.class)
            .hasMessageContaining("Revision r3 failed on upgrade")
            .hasMessageContaining("missing_table");
        assertThat(migrator.check().problems()).anySatisfy(p -> assertThat(p).contains("r3"));
      }
    }
  }

  @Test
  void createIndexConcurrentlyDoesNotWaitForOurOwnLock() {
    Scripts scripts = new Scripts(dir);
    scripts.table("a", null, null);
    scripts.write(
        "b",
        "a",
        "-- transactional: false",
        "CREATE INDEX CONCURRENTLY ix_b ON t_a (id);",
        "DROP INDEX CONCURRENTLY ix_b;");
    scripts.table("c", "b", null);
    try (TestDatabase db = TestDatabase.postgres()) {
      Migrator migrator = Migrator.create(db.config().locations(scripts.location()).build());
      assertTimeoutPreemptively(Duration.ofSeconds(60), () -> migrator.upgrade("heads"));
      assertThat(db.strings("SELECT indexname FROM pg_indexes WHERE indexname = 'ix_b'"))
          .containsExactly("ix_b");
      assertThat(db.strings("SELECT version_num FROM migrate_version")).containsExactly("c");
      assertTimeoutPreemptively(Duration.ofSeconds(60), () -> migrator.downgrade("a"));
      assertThat(db.strings("SELECT indexname FROM pg_indexes WHERE indexname = 'ix_b'")).isEmpty();
    }
  }

  /** PostgreSQL and SQLite roll a failed revision's DDL back; the others keep what ran. */
  private static boolean transactionalDdl(String database) {
    return database.equals("postgresql") || database.equals("sqlite");
  }
}

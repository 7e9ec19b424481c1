package dev.migrate.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.api.TransactionMode;
import dev.migrate.engine.api.error.MigrationFailedException;
import dev.migrate.engine.api.error.MissingDowngradeException;
import dev.migrate.engine.api.error.NonTransactionalInRunException;
import dev.migrate.engine.database.Databases;
import dev.migrate.engine.graph.Plan;
import dev.migrate.engine.script.Migration;
import dev.migrate.engine.script.MigrationContext;
import dev.migrate.engine.testing.FixedMigration;
import dev.migrate.engine.testing.TestDatabase;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A run that cannot finish is refused before its first statement, and a run that fails says what
 * really happened to the database: per direction, per transaction grouping, online and offline.
 */
class TruthfulOutcomesTest {
  @TempDir Path dir;

  @ParameterizedTest
  @MethodSource(TestDatabase.ALL)
  void oneTransactionForTheRunRefusesANonTransactionalRevisionWhereItWouldHoldTheRun(
      String database) {
    Scripts scripts = new Scripts(dir);
    scripts.table("a", null, null);
    scripts.table("b", "a", "-- transactional: false");
    scripts.table("c", "b", null);
    try (TestDatabase db = TestDatabase.create(database)) {
      Migrator migrator =
          Migrator.create(
              db.config()
                  .locations(scripts.location())
                  .transactionMode(TransactionMode.ALL)
                  .build());
      if (database.equals("postgresql") || database.equals("sqlite")) {
        assertThatThrownBy(() -> migrator.upgrade("heads"))
            .isInstanceOf(NonTransactionalInRunException.class)
            .hasFieldOrPropertyWithValue("revision", "b")
            .hasMessageContaining("revision b (")
            .hasMessageContaining("_create_b.sql")
            .hasMessageContaining("Nothing was run");
        assertThat(db.tableExists("t_a")).as("nothing ran").isFalse();
        assertThat(db.tableExists("migrate_version")).as("not even the tables").isFalse();
      } else {
        // DDL commits by itself here: runs are per revision anyway, and nothing claims otherwise.
        assertThat(migrator.upgrade("heads").steps()).hasSize(3);
        assertThat(db.strings("SELECT version_num FROM migrate_version")).containsExactly("c");
      }
    }
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.ALL)
  void aDowngradeThroughRevisionsWithoutDowngradeIsRefusedBeforeItsFirstStatement(String database) {
    Scripts scripts = new Scripts(dir);
    scripts.write("a", null, null, "CREATE TABLE t_a (id INT);", "");
    noDowngrade(scripts, "b", "a");
    noDowngrade(scripts, "c", "b");
    scripts.table("d", "c", null);
    try (TestDatabase db = TestDatabase.create(database)) {
      Migrator migrator = Migrator.create(db.config().locations(scripts.location()).build());
      migrator.upgrade("heads");
      assertThatThrownBy(() -> migrator.downgrade("base"))
          .isInstanceOf(MissingDowngradeException.class)
          .hasFieldOrPropertyWithValue("revisions", List.of("c", "b"))
          .hasMessageContaining("passes 2 revisions without a downgrade section: c (")
          .hasMessageContaining("_create_b.sql")
          .hasMessageContaining("Nothing was run");
      assertThat(db.tableExists("t_d")).as("d was not downgraded first").isTrue();
      assertThat(db.strings("SELECT version_num FROM migrate_version")).containsExactly("d");
      // A downgrade that stops above them still runs.
      migrator.downgrade("c");
      assertThat(db.tableExists("t_d")).isFalse();
    }
  }

  @Test
  void offlineDowngradeSqlThroughARevisionWithoutDowngradeRendersNothing() {
    Scripts scripts = new Scripts(dir);
    scripts.table("a", null, null);
    noDowngrade(scripts, "b", "a");
    Migrator migrator =
        Migrator.create(
            MigrateConfig.builder().locations(scripts.location()).dialect("postgresql").build());
    assertThatThrownBy(() -> migrator.downgradeSql("b:base"))
        .isInstanceOf(MissingDowngradeException.class)
        .hasFieldOrPropertyWithValue("revisions", List.of("b"));
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.ALL)
  void aFailedDowngradeSaysTheRevisionStaysAppliedAndWhereTheDatabaseIs(String database) {
    Scripts scripts = new Scripts(dir);
    scripts.table("a", null, null);
    scripts.write("b", "a", null, "CREATE TABLE t_b (id INT);", "DROP TABLE no_such_table;");
    scripts.table("c", "b", null);
    try (TestDatabase db = TestDatabase.create(database)) {
      Migrator migrator = Migrator.create(db.config().locations(scripts.location()).build());
      migrator.upgrade("heads");
      assertThatThrownBy(() -> migrator.downgrade("base"))
          .isInstanceOf(MigrationFailedException.class)
          .hasFieldOrPropertyWithValue("revision", "b")
          .hasFieldOrPropertyWithValue("partlyApplied", false)
          .hasMessageStartingWith("Downgrade of revision b (")
          .hasMessageContaining(
              "b's downgrade was rolled back, so it stays applied; the revisions this run"
                  + " downgraded before it stay downgraded. The database is at b.")
          .message()
          .doesNotContain("stay applied");
      assertThat(db.strings("SELECT version_num FROM migrate_version")).containsExactly("b");
      assertThat(db.tableExists("t_c")).isFalse();
      assertThat(db.tableExists("t_b")).isTrue();
    }
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.ALL)
  void aFailedUpgradeNamesWhereTheDatabaseIs(String database) {
    Scripts scripts = new Scripts(dir);
    scripts.table("a", null, null);
    scripts.write("b", "a", null, "INSERT INTO no_such_table VALUES (1);", "");
    try (TestDatabase db = TestDatabase.create(database)) {
      Migrator migrator = Migrator.create(db.config().locations(scripts.location()).build());
      assertThatThrownBy(() -> migrator.upgrade("heads"))
          .isInstanceOf(MigrationFailedException.class)
          .hasMessageContaining(
              "b was rolled back; the revisions before it stay applied. The database is at a.");
    }
  }

  @Test
  void oneTransactionForTheRunSaysTheWholeRunWasRolledBack() {
    Scripts scripts = new Scripts(dir);
    scripts.table("a", null, null);
    scripts.write("b", "a", null, "INSERT INTO no_such_table VALUES (1);", "");
    try (TestDatabase db = TestDatabase.postgres()) {
      Migrator migrator =
          Migrator.create(
              db.config()
                  .locations(scripts.location())
                  .transactionMode(TransactionMode.ALL)
                  .build());
      assertThatThrownBy(() -> migrator.upgrade("heads"))
          .hasMessageContaining(
              "The whole run was rolled back: the database is as it was before it.");
      assertThat(db.tableExists("t_a")).isFalse();
    }
  }

  @Test
  void aMigrationThatFailsWhileRenderingSaysNoSqlWasWrittenNotThatAnythingRolledBack() {
    List<FixedMigration> chain = Plans.chain(1, 0);
    Migration failing =
        new Migration() {
          private final dev.migrate.engine.graph.Revision revision = failingAsFixed().revision();

          @Override
          public dev.migrate.engine.graph.Revision revision() {
            return revision;
          }

          @Override
          public String checksum() {
            return "x";
          }

          @Override
          public boolean transactional() {
            return true;
          }

          @Override
          public boolean hasDowngrade() {
            return false;
          }

          @Override
          public void upgrade(MigrationContext context) {
            throw new IllegalStateException("needs a live connection");
          }

          @Override
          public void downgrade(MigrationContext context) {}
        };
    Map<String, Migration> byId = new LinkedHashMap<>(Plans.byId(chain));
    byId.put("r2", failing);
    Plan plan = Plans.upgrade(null, List.of(chain.get(0), failingAsFixed()));
    MigrationRuntime runtime = new MigrationRuntime(MigrateConfig.builder().build());
    assertThatThrownBy(() -> runtime.render(plan, Databases.forName("postgresql"), byId, true))
        .isInstanceOf(MigrationFailedException.class)
        .hasMessageStartingWith("Rendering the SQL of the upgrade of revision r2 (")
        .hasMessageContaining("needs a live connection")
        .hasMessageEndingWith("No SQL was written.")
        .message()
        .doesNotContain("rolled back");
  }

  /** The plan only needs r2's revision; the runtime takes the migration from the map. */
  private static FixedMigration failingAsFixed() {
    return FixedMigration.of("r2", "r1", List.of(), List.of());
  }

  private static void noDowngrade(Scripts scripts, String id, String down) {
    scripts.writeUpgradeOnly(id, down, "CREATE TABLE t_" + id + " (id INT);");
  }
}

package dev.migrate.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.api.RepairResult;
import dev.migrate.engine.api.error.EditedScriptsException;
import dev.migrate.engine.api.error.UnresolvedFailureException;
import dev.migrate.engine.testing.Reporters;
import dev.migrate.engine.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code repair}: an intentional edit of an applied script is accepted by recording its new
 * checksum, failed-step records are removed, each with a line; {@code upgrade} warns about edits,
 * or with {@code validateOnMigrate} refuses to run over them.
 */
class RepairTest {
  @TempDir Path dir;

  @ParameterizedTest
  @MethodSource(TestDatabase.ALL)
  void anEditedAppliedScriptIsWarnedAboutThenAccepted(String database) throws Exception {
    Scripts scripts = new Scripts(dir);
    scripts.table("a", null, null);
    Path b = scripts.table("b", "a", null);
    try (TestDatabase db = TestDatabase.create(database)) {
      List<String> lines = new ArrayList<>();
      Migrator migrator =
          Migrator.create(
              db.config().locations(scripts.location()).reporter(Reporters.into(lines)).build());
      migrator.upgrade("heads");
      Files.writeString(b, Files.readString(b) + "-- reviewed: the downgrade is safe\n");
      assertThat(migrator.check().problems())
          .singleElement()
          .asString()
          .contains("Revision b", "was changed after it was applied");

      scripts.table("c", "b", null);
      lines.clear();
      migrator.upgrade("heads");
      assertThat(lines)
          .anySatisfy(
              line ->
                  assertThat(line)
                      .startsWith("WARN Revision b (" + b.toAbsolutePath())
                      .contains("was changed after it was applied", "Run 'repair'"));
      assertThat(db.strings("SELECT version_num FROM migrate_version")).containsExactly("c");

      lines.clear();
      RepairResult repaired = migrator.repair();
      assertThat(repaired.checksumsUpdated()).containsExactly("b");
      assertThat(repaired.failuresRemoved()).isEmpty();
      assertThat(repaired.lines())
          .singleElement()
          .asString()
          .startsWith(
              "Revision b (" + b.toAbsolutePath() + "): recorded the edited script's checksum ")
          .contains(" in place of ");
      assertThat(lines.get(0)).startsWith("Database: ");
      assertThat(lines.subList(1, lines.size())).isEqualTo(repaired.lines());
      assertThat(migrator.check().ok()).isTrue();
      assertThat(migrator.validate().ok()).isTrue();
      assertThat(migrator.repair().nothingChanged()).isTrue();
      assertThat(db.strings("SELECT version_num FROM migrate_version")).containsExactly("c");
    }
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.ALL)
  void validateOnMigrateRefusesEditedScriptsUntilRepaired(String database) throws Exception {
    Scripts scripts = new Scripts(dir);
    Path a = scripts.table("a", null, null);
    Path b = scripts.table("b", "a", null);
    try (TestDatabase db = TestDatabase.create(database)) {
      Migrator lenient = Migrator.create(db.config().locations(scripts.location()).build());
      lenient.upgrade("heads");
      Files.writeString(a, Files.readString(a) + "-- edited\n");
      Files.writeString(b, Files.readString(b) + "-- edited\n");
      scripts.table("c", "b", null);
      Migrator strict =
          Migrator.create(
              db.config().locations(scripts.location()).validateOnMigrate(true).build());

      for (Runnable run :
          List.<Runnable>of(() -> strict.upgrade("heads"), () -> strict.downgrade("a"))) {
        assertThatThrownBy(run::run)
            .isInstanceOfSatisfying(
                EditedScriptsException.class,
                e ->
                    assertThat(e.edited())
                        .containsExactly(
                            new EditedScriptsException.Edited("a", a.toAbsolutePath().toString()),
                            new EditedScriptsException.Edited("b", b.toAbsolutePath().toString())))
            .hasMessageContaining("validateOnMigrate")
            .hasMessageContaining("revision a (" + a.toAbsolutePath() + ")")
            .hasMessageContaining("revision b (" + b.toAbsolutePath() + ")")
            .hasMessageContaining("Nothing was run")
            .hasMessageContaining("'repair'")
            .hasMessageContaining("restore");
        assertThat(db.strings("SELECT version_num FROM migrate_version")).containsExactly("b");
        assertThat(db.tableExists("t_c")).isFalse();
        assertThat(db.tableExists("t_b")).isTrue();
      }

      assertThat(strict.repair().checksumsUpdated()).containsExactly("a", "b");
      strict.upgrade("heads");
      assertThat(db.strings("SELECT version_num FROM migrate_version")).containsExactly("c");
      assertThat(db.tableExists("t_c")).isTrue();
    }
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.ALL)
  void aFailedStepRecordIsRemovedSoTheNextRunGoesOn(String database) throws Exception {
    Scripts scripts = new Scripts(dir);
    scripts.table("a", null, null);
    Path c =
        scripts.write(
            "c",
            "a",
            "-- transactional: false",
            "CREATE TABLE t_c (id INT);\nINSERT INTO no_such_table VALUES (1);",
            "DROP TABLE t_c;");
    try (TestDatabase db = TestDatabase.create(database)) {
      Migrator migrator = Migrator.create(db.config().locations(scripts.location()).build());
      assertThatThrownBy(() -> migrator.upgrade("heads")).hasMessageContaining("partly applied");
      assertThatThrownBy(() -> migrator.upgrade("heads"))
          .isInstanceOf(UnresolvedFailureException.class);

      // Undone by hand and the script fixed: repair clears the record.
      db.execute("DROP TABLE t_c");
      Files.writeString(
          c, Files.readString(c).replace("INSERT INTO no_such_table VALUES (1);", ""));
      RepairResult repaired = migrator.repair();
      assertThat(repaired.checksumsUpdated()).isEmpty();
      assertThat(repaired.failuresRemoved()).containsExactly("c");
      assertThat(repaired.lines())
          .singleElement()
          .asString()
          .startsWith("Removed the record of the failed upgrade of revision c at ")
          .containsIgnoringCase("no_such_table");
      assertThat(db.number("SELECT COUNT(*) FROM migrate_history WHERE success = FALSE")).isZero();

      migrator.upgrade("heads");
      assertThat(db.strings("SELECT version_num FROM migrate_version")).containsExactly("c");
      assertThat(db.tableExists("t_c")).isTrue();
    }
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.ALL)
  void aDatabaseWithoutTablesHasNothingToRepairAndGetsNone(String database) {
    Scripts scripts = new Scripts(dir);
    scripts.table("a", null, null);
    try (TestDatabase db = TestDatabase.create(database)) {
      Migrator migrator = Migrator.create(db.config().locations(scripts.location()).build());
      assertThat(migrator.repair().nothingChanged()).isTrue();
      assertThat(db.tableExists("migrate_history")).isFalse();
      assertThat(db.tableExists("migrate_version")).isFalse();
    }
  }
}

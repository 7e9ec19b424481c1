package dev.migrate.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.api.error.UnresolvedFailureException;
import dev.migrate.engine.testing.TestClasspath;
import dev.migrate.engine.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A process killed (SIGKILL) inside a revision that runs outside a transaction (PostgreSQL's {@code
 * transactional: false}, any MariaDB DDL) leaves its statements half done; the next run says that a
 * previous run died inside that revision, instead of running it again or calling it a fresh
 * failure.
 */
class InterruptedRevisionTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"postgresql", "mariadb"})
  void theNextRunSaysAPreviousRunDiedInsideTheRevision(String database) throws Exception {
    Path scripts = Files.createDirectory(dir.resolve("scripts"));
    Scripts writer = new Scripts(scripts);
    writer.table("r1", null, null);
    // Short on MariaDB: its server notices the dead client only when the sleep returns.
    String sleep = database.equals("postgresql") ? "SELECT pg_sleep(60);" : "SELECT SLEEP(8);";
    Path second =
        writer.write(
            "r2",
            "r1",
            database.equals("postgresql") ? "-- transactional: false" : null,
            "CREATE TABLE t_r2a (id INT);\n" + sleep + "\nCREATE TABLE t_r2b (id INT);",
            "DROP TABLE t_r2b;\nDROP TABLE t_r2a;");
    writer.table("r3", "r2", null);
    try (TestDatabase db = TestDatabase.create(database)) {
      Process runner =
          TestClasspath.start(
              UpgradeMain.class,
              List.of(
                  db.url(),
                  db.user(),
                  db.password().isEmpty() ? "-" : db.password(),
                  writer.location()),
              dir.resolve("killed.log"));
      waitForSleep(db, database);
      runner.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

      Migrator migrator = Migrator.create(db.config().locations(writer.location()).build());
      assertThatThrownBy(() -> migrator.upgrade("heads"))
          .isInstanceOf(UnresolvedFailureException.class)
          .hasFieldOrPropertyWithValue("revision", "r2")
          .hasFieldOrPropertyWithValue("interrupted", true)
          .hasMessageContaining(
              "A previous run died inside revision r2 (" + second.toAbsolutePath())
          .hasMessageContaining("during its upgrade")
          .hasMessageContaining("may be partly applied")
          .hasMessageContaining("Check the database");
      assertThat(migrator.check().problems())
          .anySatisfy(p -> assertThat(p).contains("A previous run died inside revision r2"));
      assertThat(db.tableExists("t_r2a")).isTrue();
      assertThat(db.tableExists("t_r2b")).isFalse();
      assertThat(db.strings("SELECT version_num FROM migrate_version")).containsExactly("r1");

      // Undone by hand and stamped to where the database is: the next run applies r2 and r3.
      db.execute("DROP TABLE t_r2a");
      migrator.stamp(List.of("r1"), false);
      assertThat(migrator.upgrade("heads").steps()).hasSize(2);
      assertThat(db.strings("SELECT version_num FROM migrate_version")).containsExactly("r3");
      assertThat(db.number("SELECT COUNT(*) FROM migrate_history WHERE success = FALSE"))
          .as("the interrupted step stays on record")
          .isEqualTo(1);
    }
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.ALL)
  void aCompletedNonAtomicStepLeavesOneRowPerStep(String database) {
    Scripts writer = new Scripts(dir);
    writer.table("r1", null, "-- transactional: false");
    writer.table("r2", "r1", null);
    try (TestDatabase db = TestDatabase.create(database)) {
      Migrator migrator = Migrator.create(db.config().locations(writer.location()).build());
      migrator.upgrade("heads");
      migrator.downgrade("base");
      assertThat(db.strings("SELECT direction FROM migrate_history ORDER BY id"))
          .containsExactly("upgrade", "upgrade", "downgrade", "downgrade");
      assertThat(db.number("SELECT COUNT(*) FROM migrate_history WHERE success = FALSE")).isZero();
      assertThat(db.number("SELECT COUNT(*) FROM migrate_history WHERE error_message IS NULL"))
          .isEqualTo(4);
    }
  }

  private static void waitForSleep(TestDatabase db, String database) throws InterruptedException {
    String query =
        database.equals("postgresql")
            ? "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database()"
                + " AND query LIKE 'SELECT pg_sleep%' AND state = 'active'"
            : "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE DB = DATABASE()"
                + " AND INFO LIKE 'SELECT SLEEP%'";
    for (int i = 0; i < 600; i++) {
      if (db.number(query) > 0) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the slow revision never started");
  }
}

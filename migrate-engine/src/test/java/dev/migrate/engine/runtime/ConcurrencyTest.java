package dev.migrate.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.engine.testing.TestClasspath;
import dev.migrate.engine.testing.TestDatabase;
import dev.migrate.engine.testing.TestDatabase.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Separate JVM processes against one database: the lock serialises them, each step runs once. */
class ConcurrencyTest {
  private static final int PROCESSES = 8;
  private static final int REVISIONS = 50;

  @TempDir Path logs;

  @ParameterizedTest
  @EnumSource(
      value = Kind.class,
      names = {"POSTGRESQL", "MARIADB"})
  void eightProcessesApplyEachRevisionExactlyOnce(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      List<Process> processes = new ArrayList<>();
      for (int i = 0; i < PROCESSES; i++) {
        processes.add(
            TestClasspath.start(
                LinearRunnerMain.class,
                List.of(db.url(), db.user(), password(db), String.valueOf(REVISIONS)),
                logs.resolve("runner" + i + ".log")));
      }
      int applied = 0;
      for (int i = 0; i < PROCESSES; i++) {
        Process p = processes.get(i);
        assertThat(p.waitFor(4, TimeUnit.MINUTES)).as("runner %d finished", i).isTrue();
        String log = Files.readString(logs.resolve("runner" + i + ".log"));
        assertThat(p.exitValue()).as("runner %d exit, log:%n%s", i, log).isZero();
        applied += Integer.parseInt(log.substring(log.indexOf("APPLIED ") + 8).trim());
      }
      assertThat(applied).isEqualTo(REVISIONS);
      assertThat(db.number("SELECT COUNT(*) FROM side_effects")).isEqualTo(REVISIONS);
      assertThat(db.number("SELECT COUNT(DISTINCT revision) FROM side_effects"))
          .isEqualTo(REVISIONS);
      assertThat(db.strings("SELECT version_num FROM migrate_version")).containsExactly("r50");
      assertThat(db.number("SELECT COUNT(*) FROM migrate_history")).isEqualTo(REVISIONS);
    }
  }

  @Test
  void aRunnerKilledDuringASlowRevisionLeavesNoLockAndTheNextRunCompletes() throws Exception {
    try (TestDatabase db = TestDatabase.postgres()) {
      Process slow =
          TestClasspath.start(
              LinearRunnerMain.class,
              List.of(db.url(), db.user(), password(db), "5", "3", "SELECT pg_sleep(60)"),
              logs.resolve("killed.log"));
      waitForSleep(db);
      slow.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

      long start = System.nanoTime();
      Process next =
          TestClasspath.start(
              LinearRunnerMain.class,
              List.of(db.url(), db.user(), password(db), "5"),
              logs.resolve("next.log"));
      assertThat(next.waitFor(2, TimeUnit.MINUTES)).isTrue();
      String log = Files.readString(logs.resolve("next.log"));
      assertThat(next.exitValue()).as(log).isZero();
      // The killed runner's revision r3 rolled back as a whole and ran again, once.
      assertThat(log).contains("APPLIED 3").contains("Running upgrade r2 -> r3");
      assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isLessThan(50);
      assertThat(db.strings("SELECT revision FROM side_effects ORDER BY revision"))
          .containsExactly("r1", "r2", "r3", "r4", "r5");
      assertThat(db.strings("SELECT version_num FROM migrate_version")).containsExactly("r5");
      assertThat(
              db.number(
                  "SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND database ="
                      + " (SELECT oid FROM pg_database WHERE datname = current_database())"))
          .isZero();
    }
  }

  private static void waitForSleep(TestDatabase db) throws InterruptedException {
    for (int i = 0; i < 600; i++) {
      if (db.number(
              "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database()"
                  + " AND query LIKE 'SELECT pg_sleep%' AND state = 'active'")
          > 0) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the slow revision never started");
  }

  private static String password(TestDatabase db) {
    return db.password().isEmpty() ? "-" : db.password();
  }
}

package dev.migrate.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.engine.testing.SideEffectChain;
import dev.migrate.engine.testing.TestClasspath;
import dev.migrate.engine.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Separate JVM processes run {@code upgrade heads} against one database: the lock serialises them,
 * each revision's upgrade runs once, and a runner killed with SIGKILL leaves no lock behind.
 */
class ConcurrencyTest {
  private static final int PROCESSES = 8;
  private static final int REVISIONS = 50;

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"postgresql", "mariadb"})
  void eightProcessesApplyEachRevisionExactlyOnce(String database) throws Exception {
    String location = scripts(REVISIONS, 0, null);
    try (TestDatabase db = TestDatabase.create(database)) {
      List<Process> processes = new ArrayList<>();
      for (int i = 0; i < PROCESSES; i++) {
        processes.add(start(db, location, "runner" + i + ".log"));
      }
      int applied = 0;
      for (int i = 0; i < PROCESSES; i++) {
        Process p = processes.get(i);
        assertThat(p.waitFor(4, TimeUnit.MINUTES)).as("runner %d finished", i).isTrue();
        String log = Files.readString(dir.resolve("runner" + i + ".log"));
        assertThat(p.exitValue()).as("runner %d exit, log:%n%s", i, log).isZero();
        applied += Integer.parseInt(log.substring(log.indexOf("APPLIED ") + 8).trim());
      }
      assertThat(applied).isEqualTo(REVISIONS);
      assertThat(db.number("SELECT COUNT(*) FROM side_effects")).isEqualTo(REVISIONS);
      assertThat(db.number("SELECT COUNT(DISTINCT revision) FROM side_effects"))
          .isEqualTo(REVISIONS);
      assertThat(db.strings("SELECT version_num FROM migrate_version"))
          .containsExactly(id(REVISIONS));
      assertThat(db.number("SELECT COUNT(*) FROM migrate_history")).isEqualTo(REVISIONS);
    }
  }

  @Test
  void aRunnerKilledDuringASlowRevisionLeavesNoLockAndTheNextRunCompletes() throws Exception {
    String location = scripts(5, 3, "SELECT pg_sleep(60);");
    try (TestDatabase db = TestDatabase.postgres()) {
      Process slow = start(db, location, "killed.log");
      waitForSleep(db);
      slow.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

      long start = System.nanoTime();
      String fast = scripts(5, 0, null);
      Process next = start(db, fast, "next.log");
      assertThat(next.waitFor(2, TimeUnit.MINUTES)).isTrue();
      String log = Files.readString(dir.resolve("next.log"));
      assertThat(next.exitValue()).as(log).isZero();
      // The killed runner's revision rolled back as a whole and ran again, once.
      assertThat(log).contains("APPLIED 3").contains("Running upgrade " + id(2) + " -> " + id(3));
      assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isLessThan(50);
      assertThat(db.strings("SELECT revision FROM side_effects ORDER BY revision"))
          .containsExactly(id(1), id(2), id(3), id(4), id(5));
      assertThat(db.strings("SELECT version_num FROM migrate_version")).containsExactly(id(5));
      assertThat(
              db.number(
                  "SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND database ="
                      + " (SELECT oid FROM pg_database WHERE datname = current_database())"))
          .isZero();
    }
  }

  private String scripts(int count, int slowIndex, String slowSql) throws Exception {
    return SideEffectChain.write(dir, count, slowIndex, slowSql);
  }

  private static String id(int i) {
    return SideEffectChain.id(i);
  }

  private Process start(TestDatabase db, String location, String log) throws Exception {
    return TestClasspath.start(
        UpgradeMain.class,
        List.of(db.url(), db.user(), db.password().isEmpty() ? "-" : db.password(), location),
        dir.resolve(log));
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
}

package dev.migrate.engine.database.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.engine.runtime.UpgradeMain;
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

/**
 * Separate JVMs on one SQLite file: the lock on the side file serialises them, and a runner killed
 * with SIGKILL inside a revision leaves the file at the revision before (SQLite rolls the killed
 * transaction back from its journal) and no lock behind.
 */
class RunnerProcessesTest {
  private static final int PROCESSES = 8;
  private static final int REVISIONS = 20;

  @TempDir Path dir;

  @Test
  void eightProcessesApplyEachRevisionOnce() throws Exception {
    String location = scripts(REVISIONS, 0, null);
    try (TestDatabase db = TestDatabase.create("sqlite")) {
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
      assertThat(db.number("SELECT COUNT(DISTINCT revision) FROM side_effects"))
          .isEqualTo(db.number("SELECT COUNT(*) FROM side_effects"))
          .isEqualTo(REVISIONS);
      assertThat(db.strings("SELECT version_num FROM migrate_version"))
          .containsExactly(id(REVISIONS));
      assertThat(db.number("SELECT COUNT(*) FROM migrate_history")).isEqualTo(REVISIONS);
    }
  }

  @Test
  void aRunnerKilledInsideARevisionLeavesThePreviousRevisionAndTheNextRunCompletes()
      throws Exception {
    // Counts far enough to outlast the test; the runner is killed while it counts.
    String slow =
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 2000000000)"
            + " SELECT COUNT(*) FROM c;";
    String location = scripts(5, 3, slow);
    try (TestDatabase db = TestDatabase.create("sqlite")) {
      Process killed = start(db, location, "killed.log");
      waitFor(dir.resolve("killed.log"), "Running upgrade " + id(2) + " -> " + id(3));
      Thread.sleep(500);
      killed.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

      assertThat(db.strings("SELECT version_num FROM migrate_version")).containsExactly(id(2));
      assertThat(db.tableExists("t_" + id(3))).isFalse();
      assertThat(db.strings("SELECT revision FROM migrate_history")).containsExactly(id(1), id(2));

      Process next = start(db, scripts(5, 0, null), "next.log");
      assertThat(next.waitFor(2, TimeUnit.MINUTES)).isTrue();
      String log = Files.readString(dir.resolve("next.log"));
      assertThat(next.exitValue()).as(log).isZero();
      assertThat(log).contains("APPLIED 3");
      assertThat(db.strings("SELECT revision FROM side_effects ORDER BY revision"))
          .containsExactly(id(1), id(2), id(3), id(4), id(5));
      assertThat(db.strings("SELECT version_num FROM migrate_version")).containsExactly(id(5));
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
        UpgradeMain.class, List.of(db.url(), "-", "-", location), dir.resolve(log));
  }

  private static void waitFor(Path log, String line) throws Exception {
    for (int i = 0; i < 1200; i++) {
      if (Files.exists(log) && Files.readString(log).contains(line)) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("never logged '" + line + "':\n" + Files.readString(log));
  }
}

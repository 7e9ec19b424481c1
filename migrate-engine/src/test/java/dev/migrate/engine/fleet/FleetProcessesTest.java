package dev.migrate.engine.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.engine.testing.TestClasspath;
import dev.migrate.engine.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fleet runners as separate processes on one PostgreSQL database, proven by a side-effect table
 * outside the tenants that every revision writes to in its own transaction: four shards run at once
 * cover every target exactly once, two runners given the same shard do no double work, and a runner
 * killed with SIGKILL leaves no lock and no half-applied revision behind.
 */
class FleetProcessesTest {
  private static final String SIDE_EFFECT =
      "INSERT INTO public.side_effects (tenant, revision) VALUES ('${tenant}', '{rev}')";

  @TempDir Path dir;

  @Test
  void fourShardsAtOnceMigrateEveryTargetExactlyOnceAndATwinShardDoesNoDoubleWork()
      throws Exception {
    String location = FleetScripts.write(dir.resolve("scripts"), 2, SIDE_EFFECT);
    try (TestDatabase db = TestDatabase.postgres()) {
      db.execute("CREATE TABLE side_effects (tenant VARCHAR(64), revision VARCHAR(32))");
      Path targets = tenants(200);
      List<Process> runners = new ArrayList<>();
      // Shards 0-3, and a second runner for shard 2 started at the same time.
      int[] shards = {0, 1, 2, 3, 2};
      for (int i = 0; i < shards.length; i++) {
        runners.add(start(db, location, targets, shards[i], 4, "runner" + i + ".log"));
      }
      for (int i = 0; i < runners.size(); i++) {
        assertThat(runners.get(i).waitFor(4, TimeUnit.MINUTES)).isTrue();
        String log = Files.readString(dir.resolve("runner" + i + ".log"));
        assertThat(runners.get(i).exitValue()).as(log).isZero();
      }
      assertThat(db.number("SELECT COUNT(*) FROM side_effects")).isEqualTo(400);
      assertThat(db.number("SELECT COUNT(DISTINCT tenant || '/' || revision) FROM side_effects"))
          .isEqualTo(400);
      assertThat(db.number("SELECT COUNT(DISTINCT tenant) FROM side_effects")).isEqualTo(200);
      String twin = Files.readString(dir.resolve("runner4.log"));
      String first = Files.readString(dir.resolve("runner2.log"));
      assertThat(upgraded(twin) + upgraded(first)).isEqualTo(shardSize(200, 2, 4));
    }
  }

  @Test
  void aRunnerKilledMidRevisionLeavesNoLockNorHalfStateAndTheRerunFinishes() throws Exception {
    String slow = SIDE_EFFECT + ";\nSELECT pg_sleep(60) FROM public.slow WHERE '{rev}' = 'r02'";
    String location = FleetScripts.write(dir.resolve("scripts"), 3, slow);
    try (TestDatabase db = TestDatabase.postgres()) {
      db.execute(
          "CREATE TABLE side_effects (tenant VARCHAR(64), revision VARCHAR(32))",
          "CREATE TABLE slow (x INT)",
          "INSERT INTO slow VALUES (1)");
      Path targets = tenants(6);
      Process killed = start(db, location, targets, 0, 1, "killed.log");
      waitForSleep(db);
      killed.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      db.execute("DELETE FROM slow");

      Process rerun = start(db, location, targets, 0, 1, "rerun.log");
      assertThat(rerun.waitFor(2, TimeUnit.MINUTES)).isTrue();
      String log = Files.readString(dir.resolve("rerun.log"));
      assertThat(rerun.exitValue()).as(log).isZero();
      // Each revision's side effect committed with it, once, or rolled back with it.
      assertThat(db.number("SELECT COUNT(*) FROM side_effects")).isEqualTo(18);
      assertThat(db.number("SELECT COUNT(DISTINCT tenant || '/' || revision) FROM side_effects"))
          .isEqualTo(18);
      assertThat(
              db.number(
                  "SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND database ="
                      + " (SELECT oid FROM pg_database WHERE datname = current_database())"))
          .isZero();
    }
  }

  private Path tenants(int count) throws Exception {
    return Files.write(
        dir.resolve("tenants.txt"),
        IntStream.rangeClosed(1, count).mapToObj(i -> String.format("tenant_%03d", i)).toList());
  }

  private static long shardSize(int count, int shard, int shards) {
    return IntStream.rangeClosed(1, count)
        .mapToObj(i -> String.format("tenant_%03d", i))
        .filter(t -> TargetList.shardOf(t, shards) == shard)
        .count();
  }

  /** How many targets the runner upgraded, from its summary line. */
  private static long upgraded(String log) {
    return log.lines().filter(l -> l.contains(": upgraded ")).count();
  }

  private Process start(
      TestDatabase db, String location, Path targets, int shard, int shards, String log)
      throws Exception {
    return TestClasspath.start(
        FleetMain.class,
        List.of(
            db.url(),
            db.user(),
            db.password().isEmpty() ? "-" : db.password(),
            location,
            targets.toString(),
            String.valueOf(shard),
            String.valueOf(shards)),
        dir.resolve(log));
  }

  private static void waitForSleep(TestDatabase db) throws InterruptedException {
    for (int i = 0; i < 600; i++) {
      if (db.number(
              "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database()"
                  + " AND query LIKE '%pg_sleep%' AND state = 'active'"
                  + " AND pid <> pg_backend_pid()")
          > 0) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the slow revision never started");
  }
}

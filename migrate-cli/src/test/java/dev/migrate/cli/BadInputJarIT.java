package dev.migrate.cli;

import static dev.migrate.cli.BadInputFixture.header;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.cli.BadInputFixture.Db;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input cases where a real process matters, through the built jar on PostgreSQL: two runs
 * at once, and a run killed with SIGKILL inside a revision that runs outside a transaction. Each
 * asserts the exit code, the key words, no stack trace or password, and the database afterwards.
 */
class BadInputJarIT {
  @TempDir Path dir;

  @Test
  void aSecondRunWaitsForTheFirstAndFindsNothingToDo() throws Exception {
    try (BadInputFixture f = new BadInputFixture(dir, Db.POSTGRESQL)) {
      slowRevision(f);
      JarRunner jar = new JarRunner(dir);
      Process first = start(jar, f, "upgrade");
      awaitSleeping(f);

      CliRun second = jar.run("--url", f.url(), "upgrade");

      CliRun firstRun = finish(first, "upgrade");
      check(firstRun, 0, "Upgraded 1 revision");
      check(second, 0, "Upgraded 0 revisions");
      assertThat(f.versions()).containsExactly("aa01");
      assertThat(f.db.strings("SELECT COUNT(*) FROM migrate_history")).containsExactly("1");
    }
  }

  @Test
  void aSecondRunGivesUpAtTheLockTimeoutNamingTheLock() throws Exception {
    try (BadInputFixture f = new BadInputFixture(dir, Db.POSTGRESQL)) {
      slowRevision(f);
      JarRunner jar = new JarRunner(dir);
      Process first = start(jar, f, "upgrade");
      awaitSleeping(f);

      CliRun second = jar.run("--url", f.url(), "--lock-timeout", "1s", "upgrade");

      CliRun firstRun = finish(first, "upgrade");
      check(second, 1, "lock", "lockTimeout");
      check(firstRun, 0, "Upgraded 1 revision");
      assertThat(f.versions()).containsExactly("aa01");
    }
  }

  @Test
  void afterSigkillInsideANonTransactionalRevisionTheNextRunSaysAPreviousRunDiedThere()
      throws Exception {
    try (BadInputFixture f = new BadInputFixture(dir, Db.POSTGRESQL)) {
      f.table("aa01", null);
      f.script(
          "bb02.sql",
          header("bb02", "aa01") + "\n-- transactional: false",
          "CREATE TABLE t_bb02 (id INT);\nSELECT pg_sleep(4);\nCREATE TABLE t_bb02_after (id INT);",
          "DROP TABLE t_bb02_after;\nDROP TABLE t_bb02;");
      JarRunner jar = new JarRunner(dir);
      Process killed = start(jar, f, "upgrade");
      await(() -> f.tableExists("t_bb02"), "bb02's first statement");

      killed.destroyForcibly(); // SIGKILL on POSIX: no shutdown hook runs
      CliRun killedRun = finish(killed, "upgrade (killed)");
      assertThat(killedRun.exitCode()).isEqualTo(137);
      BadInputFixture.assertClean(killedRun.out() + killedRun.err());

      CliRun next = jar.run("--url", f.url(), "--lock-timeout", "30s", "upgrade");

      check(next, 1, "previous run died inside", "bb02");
      assertThat(f.versions()).containsExactly("aa01");
      assertThat(f.tableExists("t_bb02")).isTrue();
      assertThat(f.tableExists("t_bb02_after")).isFalse();
    }
  }

  /** aa01 holds the lock for three seconds inside its transaction. */
  private static void slowRevision(BadInputFixture f) {
    f.script(
        "aa01.sql",
        header("aa01", null),
        "CREATE TABLE t_aa01 (id INT);\nSELECT pg_sleep(3);",
        "DROP TABLE t_aa01;");
  }

  private static void awaitSleeping(BadInputFixture f) {
    await(
        () ->
            !f.db
                .strings(
                    "SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
                        + " AND query LIKE 'SELECT pg_sleep%'")
                .isEmpty(),
        "the first run's pg_sleep");
  }

  private static void await(BooleanSupplier condition, String what) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("waited a minute for " + what);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
    }
  }

  private Process start(JarRunner jar, BadInputFixture f, String command) throws IOException {
    return jar.processBuilder(List.of("--url", f.url(), command))
        .redirectOutput(dir.resolve("out-" + command + ".txt").toFile())
        .redirectError(dir.resolve("err-" + command + ".txt").toFile())
        .start();
  }

  /** Waits for a started run and records what it printed, as {@link JarRunner#run} does. */
  private CliRun finish(Process process, String label) throws Exception {
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError(label + " did not end within two minutes");
    }
    String command = label.split(" ")[0];
    return new CliRun(
            process.exitValue(),
            Files.readString(dir.resolve("out-" + command + ".txt"), StandardCharsets.UTF_8),
            Files.readString(dir.resolve("err-" + command + ".txt"), StandardCharsets.UTF_8))
        .recorded("jar", label);
  }

  private static void check(CliRun run, int exit, String... says) {
    String printed = run.out() + run.err();
    assertThat(run.exitCode()).as("exit code%n%s", printed).isEqualTo(exit);
    for (String word : says) {
      assertThat(printed).containsIgnoringCase(word);
    }
    BadInputFixture.assertClean(printed);
  }
}

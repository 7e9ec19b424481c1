package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseWarmupTest {
  @TempDir Path dir;

  /** True when the warm-up would open the database for this command line. */
  private boolean online(String... args) throws InterruptedException {
    try (DatabaseWarmup warmup = DatabaseWarmup.start(Arguments.read(args), Map.of(), dir)) {
      return warmup.started();
    }
  }

  @Test
  void opensForACommandThatReadsTheDatabase() throws Exception {
    assertThat(online("--url", "jdbc:h2:./x", "--debug", "--user=sa", "current")).isTrue();
    assertThat(online("--config", "other.properties", "--lock-timeout", "5s", "upgrade", "-1"))
        .isTrue();
    assertThat(online("check")).isTrue();
  }

  @Test
  void guessesNothingForOfflineCommandsHelpSqlOrUnknownInput() throws Exception {
    assertThat(online("--url", "jdbc:h2:./x", "heads")).isFalse();
    assertThat(online("--url", "jdbc:h2:./x", "revision", "-m", "x")).isFalse();
    assertThat(online("--url", "jdbc:h2:./x", "upgrade", "--sql")).isFalse();
    assertThat(online("--url", "jdbc:h2:./x", "current", "--help")).isFalse();
    assertThat(online("--help", "current")).isFalse();
    assertThat(online("--frobnicate", "current")).isFalse();
    assertThat(online("--url", "jdbc:h2:./x")).isFalse();
    assertThat(online()).isFalse();
  }

  @Test
  void holdsAnExistingEmbeddedH2DatabaseOpenUntilClosed() throws Exception {
    String url = existingDatabase("held");
    DatabaseWarmup warmup =
        DatabaseWarmup.start(Arguments.read(new String[] {"--url", url, "current"}), Map.of(), dir);
    assertThat(warmup.started()).isTrue();
    Connection held = warmup.awaitConnection();
    assertThat(held).isNotNull();
    assertThat(held.isClosed()).isFalse();
    warmup.close();
    assertThat(held.isClosed()).isTrue();
  }

  @Test
  void opensReadOnlyForACommandThatOnlyReadsAndReadWriteForOneThatChanges() throws Exception {
    String url = existingDatabase("modes");
    for (String command : new String[] {"current", "check", "validate", "upgrade", "stamp"}) {
      try (DatabaseWarmup warmup =
          DatabaseWarmup.start(
              Arguments.read(new String[] {"--url", url, command}), Map.of(), dir)) {
        Connection held = warmup.awaitConnection();
        boolean reads = !command.equals("upgrade") && !command.equals("stamp");
        assertThat(held.isReadOnly()).as(command).isEqualTo(reads);
      }
    }
  }

  @Test
  void anAbandonedOpenClosesWhatItOpens() throws Exception {
    String url = existingDatabase("abandoned");
    DatabaseWarmup warmup =
        DatabaseWarmup.start(Arguments.read(new String[] {"--url", url, "current"}), Map.of(), dir);
    warmup.abandon();
    Connection opened = warmup.awaitConnection();
    assertThat(opened).isNotNull();
    assertThat(opened.isClosed()).isTrue();
  }

  @Test
  void takesTheUrlFromTheEnvironmentAsTheCommandWill() throws Exception {
    String url = existingDatabase("fromenv");
    try (DatabaseWarmup warmup =
        DatabaseWarmup.start(
            Arguments.read(new String[] {"current"}), Map.of("MIGRATE_URL", url), dir)) {
      assertThat(warmup.awaitConnection()).isNotNull();
    }
  }

  @Test
  void neverCreatesADatabase() throws Exception {
    String url = "jdbc:h2:file:" + dir.resolve("absent");
    try (DatabaseWarmup warmup =
        DatabaseWarmup.start(
            Arguments.read(new String[] {"--url", url, "upgrade"}), Map.of(), dir)) {
      assertThat(warmup.awaitConnection()).isNull();
    }
    assertThat(Files.exists(dir.resolve("absent.mv.db"))).isFalse();
  }

  @Test
  void opensNothingForInMemoryDatabasesOrServers() throws Exception {
    for (String url : new String[] {"jdbc:h2:mem:warm", "jdbc:postgresql://127.0.0.1:1/x"}) {
      try (DatabaseWarmup warmup =
          DatabaseWarmup.start(
              Arguments.read(new String[] {"--url", url, "current"}), Map.of(), dir)) {
        assertThat(warmup.awaitConnection()).as(url).isNull();
      }
    }
  }

  @Test
  void aCommandThatFailsEarlyStillReportsItsErrorAndLeavesNoWarmupBehind() throws Exception {
    String url = existingDatabase("early");
    CliRun run =
        // check, not current: current on a project without scripts yet is no revisions.
        CliRun.run(dir, Map.of(), "--url", url, "--locations", "filesystem:missing", "check");
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).contains("missing");
    assertThat(Thread.getAllStackTraces().keySet())
        .noneMatch(thread -> thread.getName().equals("migrate-warmup"));
  }

  @Test
  void currentReadsTheDatabaseTheWarmupHolds() {
    Scripts.write(dir);
    String url = "jdbc:h2:file:" + dir.resolve("cli");
    assertThat(CliRun.run(dir, Map.of(), "--url", url, "upgrade").exitCode()).isZero();
    CliRun current = CliRun.run(dir, Map.of(), "--url", url, "current");
    assertThat(current.exitCode()).as(current.err()).isZero();
    assertThat(current.out()).startsWith(Scripts.MERGE);
  }

  /** An H2 file database that exists and is closed again. */
  private String existingDatabase(String name) throws SQLException {
    String url = "jdbc:h2:file:" + dir.resolve(name);
    try (Connection connection = DriverManager.getConnection(url)) {
      connection.createStatement().execute("CREATE TABLE t (id INT PRIMARY KEY)");
    }
    return url;
  }
}

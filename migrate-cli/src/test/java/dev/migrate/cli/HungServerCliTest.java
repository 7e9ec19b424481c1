package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.migrate.engine.testing.HungServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A server that accepts TCP and never answers: every CLI command that connects gives up within
 * {@code --connect-timeout}, with a message that says what timed out, where, and the setting.
 * ({@code history}, {@code heads}, {@code branches} and {@code show} read only the scripts.)
 */
class HungServerCliTest {
  private static HungServer server;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    server = HungServer.start();
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @ParameterizedTest(name = "{0}: exit {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "upgrade                    | 1",
        "downgrade base             | 1",
        "current                    | 1",
        "stamp heads                | 1",
        "check                      | 1",
        "validate                   | 1",
        "repair                     | 1",
        "verify                     | 1",
        "--targets s1,s2 upgrade    | 75",
        "--targets s1,s2 current    | 75",
      })
  void everyConnectingCommandGivesUpWithinTheTimeout(String command, int exit) {
    BadInputFixture f = new BadInputFixture(dir, BadInputFixture.Db.NONE);
    f.table("aa01", null);
    List<String> args =
        new ArrayList<>(
            List.of(
                "--url", server.jdbcUrl("postgresql"), "--user", "app", "--connect-timeout", "1s"));
    args.addAll(List.of(command.split(" ")));

    long started = System.nanoTime();
    CliRun run =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20),
            () -> f.cli(Map.of("MIGRATE_PASSWORD", TestSecrets.HUNG), args));
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    String printed = run.out() + run.err();
    assertThat(run.exitCode()).as("exit code of %s%n%s", args, printed).isEqualTo(exit);
    assertThat(printed)
        .contains("Timed out after 1 s connecting to 127.0.0.1:" + server.port())
        .contains("connectTimeout");
    BadInputFixture.assertClean(printed);
    // One timeout per connection attempt, not the driver's or the OS's own (tens of seconds).
    assertThat(took).isLessThan(Duration.ofSeconds(10));
  }
}

package dev.migrate.maven;

import static dev.migrate.maven.BadInputWorld.NO_SERVERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.migrate.engine.testing.HungServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A server that accepts TCP and never answers: every goal that connects breaks the build within
 * {@code migrate.connectTimeout}, in one line that says what timed out, where, and the setting.
 */
class HungServerMojoTest {
  private static HungServer server;

  @TempDir Path basedir;

  @BeforeAll
  static void start() {
    server = HungServer.start();
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "upgrade",
        "downgrade",
        "current",
        "stamp",
        "check",
        "validate",
        "repair",
        "fleet"
      })
  void everyConnectingGoalBreaksTheBuildWithinTheTimeout(String goal) {
    BadInputWorld w = new BadInputWorld(basedir, BadInputWorld.Db.NONE);
    w.table("aa01", null);
    AbstractMigrateMojo mojo =
        switch (goal) {
          case "upgrade", "fleet" -> w.goal(new UpgradeMojo(NO_SERVERS), "upgrade");
          case "downgrade" -> {
            DowngradeMojo downgrade = w.goal(new DowngradeMojo(NO_SERVERS), goal);
            MojoHarness.set(downgrade, "target", "base");
            yield downgrade;
          }
          case "current" -> w.goal(new CurrentMojo(NO_SERVERS), goal);
          case "stamp" -> {
            StampMojo stamp = w.goal(new StampMojo(NO_SERVERS), goal);
            MojoHarness.set(stamp, "target", List.of("heads"));
            yield stamp;
          }
          case "check" -> w.goal(new CheckMojo(NO_SERVERS), goal);
          case "validate" -> w.goal(new ValidateMojo(NO_SERVERS), goal);
          default -> w.goal(new RepairMojo(NO_SERVERS), goal);
        };
    w.property("url", server.jdbcUrl("postgresql"))
        .property("user", "app")
        .property("password", TestSecrets.HUNG)
        .property("connectTimeout", "1s");
    if (goal.equals("fleet")) {
      w.property("targets", "s1,s2");
    }

    long started = System.nanoTime();
    MojoExecutionException thrown =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20),
            () -> assertThrows(MojoExecutionException.class, mojo::execute));
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    w.harness.record("[ERROR] Failed to execute goal: " + thrown.getMessage());

    String printed = String.join("\n", w.harness.lines);
    assertThat(printed)
        .contains("Timed out after 1 s connecting to 127.0.0.1:" + server.port())
        .contains("connectTimeout");
    assertThat(thrown.getCause()).as("a cause chain without -X").isNull();
    BadInputWorld.assertClean(printed);
    assertThat(took).isLessThan(Duration.ofSeconds(10));
  }
}

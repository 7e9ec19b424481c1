package dev.migrate.engine.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.api.error.ConnectTimeoutException;
import dev.migrate.engine.database.Databases;
import dev.migrate.engine.testing.HungServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A server that accepts TCP and never answers fails every command that needs the database within
 * the connect timeout, naming the endpoint and the setting.
 */
class HungServerTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(1);
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

  private static final Map<String, Consumer<Migrator>> COMMANDS =
      Map.of(
          "upgrade", m -> m.upgrade("heads"),
          "downgrade", m -> m.downgrade("base"),
          "stamp", m -> m.stamp(List.of("heads"), false),
          "current", Migrator::current,
          "history", m -> m.history(null, true),
          "check", Migrator::check,
          "repair", Migrator::repair,
          "verify", m -> m.verify());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "upgrade",
        "downgrade",
        "stamp",
        "current",
        "history",
        "check",
        "repair",
        "verify"
      })
  void everyCommandGivesUpOnPostgresqlWithinTheTimeout(String command) throws Exception {
    Migrator migrator = migrator(server.jdbcUrl("postgresql"), TIMEOUT);
    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () ->
            assertThatThrownBy(() -> COMMANDS.get(command).accept(migrator))
                .isInstanceOf(ConnectTimeoutException.class)
                .hasMessageContaining(
                    "Timed out after 1 s connecting to 127.0.0.1:" + server.port())
                .hasMessageContaining("connectTimeout"));
  }

  @Test
  void mariadbGivesUpWithinTheTimeoutToo() throws IOException {
    Migrator migrator = migrator(server.jdbcUrl("mariadb"), Duration.ofMillis(500));
    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () ->
            assertThatThrownBy(migrator::current)
                .isInstanceOfSatisfying(
                    ConnectTimeoutException.class,
                    e -> assertThat(e.timeout()).isEqualTo(Duration.ofMillis(500)))
                .hasMessageContaining("Timed out after 500 ms connecting to 127.0.0.1"));
  }

  @Test
  void aTimeoutInTheUrlWinsOverTheSetting() {
    Properties properties = new Properties();
    Databases.forUrl("jdbc:postgresql://h/db")
        .orElseThrow()
        .addConnectTimeout(
            "jdbc:postgresql://h/db?loginTimeout=7", properties, Duration.ofMillis(1500));
    assertThat(properties).containsEntry("connectTimeout", "2").doesNotContainKey("loginTimeout");
  }

  private Migrator migrator(String url, Duration timeout) throws IOException {
    Path scripts = Files.createDirectories(dir.resolve("db"));
    Files.writeString(
        scripts.resolve("a.sql"),
        "-- revision: a1\n-- migrate:upgrade\nCREATE TABLE t (id INT);\n"
            + "-- migrate:downgrade\nDROP TABLE t;\n");
    return Migrator.create(
        MigrateConfig.builder()
            .url(url)
            .user("app")
            .password("never-sent")
            .connectTimeout(timeout)
            .locations("filesystem:" + scripts)
            .baseDirectory(dir)
            .build());
  }
}

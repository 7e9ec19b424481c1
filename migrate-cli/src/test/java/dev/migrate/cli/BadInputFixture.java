package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.engine.testing.Printed;
import dev.migrate.engine.testing.TestServers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One row's world for the bad-input suites: a working directory with scripts under {@code
 * db/migrations}, the row's database, and server users made for the row (dropped by {@link
 * #close()}).
 */
final class BadInputFixture implements AutoCloseable {
  /** Which database a row runs against. */
  enum Db {
    /** None: the row fails before any connection, or names a server that is not there. */
    NONE,
    H2,
    POSTGRESQL,
    MARIADB
  }

  // A Java class name in an error line, as a stack trace or an unwrapped exception prints it.

  final Path dir;
  final Path scripts;
  final ItDatabase db;
  private final List<String> cleanup = new ArrayList<>();

  BadInputFixture(Path dir, Db kind) {
    this.dir = dir;
    this.scripts = dir.resolve(Scripts.DIRECTORY);
    this.db =
        switch (kind) {
          case NONE -> null;
          case H2 -> ItDatabase.create("h2", dir);
          case POSTGRESQL -> ItDatabase.create("postgresql", dir);
          case MARIADB -> ItDatabase.create("mariadb", dir);
        };
    try {
      Files.createDirectories(scripts);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code --url} of the row's database, with the server's admin user where one is needed. */
  String url() {
    return db.url();
  }

  /** The server URL of the row's database without a user: {@code jdbc:KIND://host/name}. */
  String bareUrl(String kind) {
    return "jdbc:" + kind + "://" + db.host() + "/" + db.name();
  }

  /** Writes a script with these header lines ({@code key: value}) and sections. */
  Path script(String file, String header, String upgrade, String downgrade) {
    String text =
        header
            + "\n-- migrate:upgrade\n"
            + upgrade
            + "\n"
            + (downgrade == null ? "" : "-- migrate:downgrade\n" + downgrade + "\n");
    return write(file, text, StandardCharsets.UTF_8);
  }

  /** The usual header: revision, parent, message. */
  static String header(String id, String down) {
    return "-- revision: "
        + id
        + "\n-- down_revision: "
        + (down == null ? "" : down)
        + "\n-- message: "
        + id;
  }

  /** A revision creating table {@code t_<id>} and dropping it again. */
  Path table(String id, String down) {
    return script(
        id + ".sql",
        header(id, down),
        "CREATE TABLE t_" + id + " (id INT);",
        "DROP TABLE t_" + id + ";");
  }

  Path write(String file, String text, Charset charset) {
    return write(file, text.getBytes(charset));
  }

  Path write(String file, byte[] bytes) {
    try {
      return Files.write(scripts.resolve(file), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs statements on the row's database as the server's admin user. */
  void sql(String... statements) {
    try (Connection connection = DriverManager.getConnection(db.url());
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    } catch (SQLException e) {
      throw new AssertionError("setup failed: " + e.getMessage(), e);
    }
  }

  /** A login role (PostgreSQL) or user (MariaDB) for this row, dropped at the end; its name. */
  String user(String password) {
    String name = "mt_u_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    if (db.url().startsWith("jdbc:postgresql:")) {
      sql(
          "CREATE ROLE "
              + name
              + " LOGIN"
              + (password == null ? "" : " PASSWORD '" + password + "'"));
      cleanup.add("DROP ROLE IF EXISTS " + name);
    } else {
      sql(
          "CREATE USER '" + name + "'@'%' IDENTIFIED BY '" + password + "'",
          "GRANT ALL ON `" + db.name() + "`.* TO '" + name + "'@'%'");
      cleanup.add("DROP USER IF EXISTS '" + name + "'@'%'");
    }
    return name;
  }

  /** A statement run on the row's database at the end, whatever happened. */
  void cleanup(String sql) {
    cleanup.add(sql);
  }

  /** Runs the CLI in-process in the row's directory; {@code null} entries are left out. */
  CliRun cli(Map<String, String> environment, List<String> args) {
    return CliRun.run(dir, environment, args.toArray(String[]::new));
  }

  /** A setup step that must succeed. */
  void ok(String... args) {
    CliRun run = cli(Map.of(), List.of(args));
    assertThat(run.exitCode())
        .as("setup step %s:%n%s%s", List.of(args), run.out(), run.err())
        .isZero();
  }

  /** The version rows, sorted; empty when there is no version table. */
  List<String> versions() {
    return versions("migrate_version");
  }

  List<String> versions(String table) {
    return db.tableExists(table)
        ? db.strings("SELECT version_num FROM " + table + " ORDER BY version_num")
        : List.of();
  }

  boolean tableExists(String table) {
    return db.tableExists(table);
  }

  /** The checks every row makes on everything a run printed. */
  static void assertClean(String printed) {
    Printed.assertClean(printed, TestSecrets.needles());
  }

  @Override
  public void close() {
    if (db == null) {
      return;
    }
    db.close();
    if (!cleanup.isEmpty()) {
      TestServers.Server server =
          TestServers.server(db.url().startsWith("jdbc:postgresql:") ? "postgresql" : "mariadb");
      try (Connection connection =
              DriverManager.getConnection(server.url(), server.user(), server.password());
          Statement statement = connection.createStatement()) {
        for (String sql : cleanup) {
          statement.execute(sql);
        }
      } catch (SQLException e) {
        throw new AssertionError("cleanup failed: " + e.getMessage(), e);
      }
    }
  }
}

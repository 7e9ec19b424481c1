package dev.migrate.maven;

import dev.migrate.engine.testing.Printed;
import dev.migrate.engine.testing.TestServers;
import dev.migrate.engine.verify.ScratchDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * One row's world for the Maven bad-input suite: a project directory with scripts under {@code
 * src/main/resources/db/migrations}, a {@link MojoHarness}, the row's database, and server users
 * made for the row (dropped by {@link #close()}).
 */
final class BadInputWorld implements AutoCloseable {
  /** Which database a row runs against. */
  enum Db {
    /** None: the row fails before any connection, or names a server that is not there. */
    NONE,
    H2,
    POSTGRESQL,
    MARIADB
  }

  static final SettingsDecrypter NO_SERVERS =
      request -> {
        throw new AssertionError("no server expected");
      };

  final Path basedir;
  final Path scripts;
  final MojoHarness harness;
  private final Db kind;
  private final ScratchDatabase scratch;
  private final String h2Url;
  private final List<String> cleanup = new ArrayList<>();

  BadInputWorld(Path basedir, Db kind) {
    this.basedir = basedir;
    this.kind = kind;
    this.scripts = basedir.resolve("src/main/resources/db/migrations");
    this.harness = new MojoHarness(basedir);
    this.scratch =
        switch (kind) {
          case POSTGRESQL -> TestServers.scratch("postgresql");
          case MARIADB -> TestServers.scratch("mariadb");
          default -> null;
        };
    this.h2Url = "jdbc:h2:file:" + basedir.resolve("h2/db").toAbsolutePath();
    try {
      Files.createDirectories(scripts);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The row's database URL, with the server's admin user where one is needed. */
  String url() {
    if (kind == Db.H2) {
      return h2Url;
    }
    return scratch.url() + (scratch.url().contains("?") ? "&" : "?") + "user=" + scratch.user();
  }

  /** {@code host:port} of the server. */
  String host() {
    String rest = scratch.url().substring(scratch.url().indexOf("://") + 3);
    return rest.substring(0, rest.indexOf('/'));
  }

  String name() {
    return scratch.name();
  }

  /** The server URL of the row's database without a user: {@code jdbc:KIND://host/name}. */
  String bareUrl() {
    return scratch.url().split("\\?")[0];
  }

  /** Sets the goal up as the harness does, with the goal's own defaults. */
  <T extends AbstractMigrateMojo> T goal(T mojo, String goal) {
    harness.prepare(mojo, goal);
    switch (goal) {
      case "upgrade" -> {
        MojoHarness.set(mojo, "target", "heads");
        MojoHarness.set(mojo, "range", "");
        MojoHarness.set(mojo, "sqlFile", basedir.resolve("target/migrate/upgrade.sql").toFile());
      }
      case "downgrade" -> {
        MojoHarness.set(mojo, "target", "");
        MojoHarness.set(mojo, "range", "");
        MojoHarness.set(mojo, "sqlFile", basedir.resolve("target/migrate/downgrade.sql").toFile());
      }
      case "check" -> MojoHarness.set(mojo, "lintOnCheck", "false");
      case "sql" -> {
        MojoHarness.set(mojo, "upgradeRange", "base:heads");
        MojoHarness.set(mojo, "downgradeRange", "");
        MojoHarness.set(mojo, "sqlDirectory", basedir.resolve("target/migrate").toFile());
        MojoHarness.set(mojo, "attach", false);
      }
      default -> {}
    }
    return mojo;
  }

  /** A statement run on the row's server at the end, whatever happened. */
  void cleanup(String sql) {
    cleanup.add(sql);
  }

  /** Sets a -Dmigrate.* user property. */
  BadInputWorld property(String name, String value) {
    harness.userProperties.setProperty("migrate." + name, value);
    return this;
  }

  /** Sets an environment variable as Maven hands it to the session ({@code env.*}). */
  BadInputWorld env(String name, String value) {
    harness.systemProperties.setProperty("env." + name, value);
    return this;
  }

  Path script(String file, String header, String upgrade, String downgrade) {
    String text =
        header
            + "\n-- migrate:upgrade\n"
            + upgrade
            + "\n"
            + (downgrade == null ? "" : "-- migrate:downgrade\n" + downgrade + "\n");
    return write(file, text.getBytes(StandardCharsets.UTF_8));
  }

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

  Path write(String file, byte[] bytes) {
    try {
      return Files.write(scripts.resolve(file), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs statements on the row's database as the admin user. */
  void sql(String... statements) {
    try (Connection connection = connect();
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
    if (kind == Db.POSTGRESQL) {
      sql(
          "CREATE ROLE "
              + name
              + " LOGIN"
              + (password == null ? "" : " PASSWORD '" + password + "'"));
      cleanup.add("DROP ROLE IF EXISTS " + name);
    } else {
      sql(
          "CREATE USER '" + name + "'@'%' IDENTIFIED BY '" + password + "'",
          "GRANT ALL ON `" + scratch.name() + "`.* TO '" + name + "'@'%'");
      cleanup.add("DROP USER IF EXISTS '" + name + "'@'%'");
    }
    return name;
  }

  /** A setup step that must succeed; its lines are dropped from the harness. */
  void ok(AbstractMigrateMojo mojo) {
    try {
      mojo.execute();
    } catch (Exception e) {
      throw new AssertionError("setup step failed: " + e.getMessage() + "\n" + harness.lines, e);
    }
    harness.lines.clear();
  }

  /** The version rows, sorted; empty when there is no version table. */
  List<String> versions() {
    return tableExists("migrate_version")
        ? strings("SELECT version_num FROM migrate_version ORDER BY version_num")
        : List.of();
  }

  List<String> strings(String query) {
    try (Connection connection = connect();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(query)) {
      List<String> values = new ArrayList<>();
      while (rows.next()) {
        values.add(rows.getString(1));
      }
      return values;
    } catch (SQLException e) {
      throw new AssertionError("query failed: " + query + ": " + e.getMessage(), e);
    }
  }

  /** True when a table of that (unquoted, case-insensitive) name exists in the row's database. */
  boolean tableExists(String table) {
    try (Connection connection = connect();
        ResultSet rs =
            connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        String catalog = rs.getString("TABLE_CAT");
        if ("INFORMATION_SCHEMA".equalsIgnoreCase(rs.getString("TABLE_SCHEM"))
            || (kind == Db.MARIADB && !scratch.name().equalsIgnoreCase(catalog))) {
          continue;
        }
        if (rs.getString("TABLE_NAME").equalsIgnoreCase(table)) {
          return true;
        }
      }
      return false;
    } catch (SQLException e) {
      throw new AssertionError("cannot list tables: " + e.getMessage(), e);
    }
  }

  private Connection connect() throws SQLException {
    return kind == Db.H2 ? DriverManager.getConnection(h2Url) : scratch.connect();
  }

  /** The checks every row makes on everything a goal printed. */
  static void assertClean(String printed) {
    Printed.assertClean(printed, TestSecrets.needles());
  }

  @Override
  public void close() {
    if (scratch == null) {
      return;
    }
    scratch.close();
    if (!cleanup.isEmpty()) {
      TestServers.Server server =
          TestServers.server(kind == Db.POSTGRESQL ? "postgresql" : "mariadb");
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

package dev.migrate.engine.testing;

import static org.junit.jupiter.api.Assertions.fail;

import dev.migrate.engine.database.DatabaseSupport;
import dev.migrate.engine.jdbc.ConnectionFactory;
import dev.migrate.engine.verify.ScratchDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * The database servers of the test environment, and the one rule for reaching them: a server that
 * cannot be reached skips the test, unless {@code MIGRATE_REQUIRE_DATABASES=1} is set (as in CI),
 * when it fails.
 *
 * <p>Servers default to this machine's (PostgreSQL 127.0.0.1:5432 user {@code postgres}, MariaDB
 * 127.0.0.1:3306 user {@code root}); {@code MIGRATE_TEST_PG_URL}/{@code _USER}/{@code _PASSWORD}
 * and {@code MIGRATE_TEST_MARIADB_URL}/{@code _USER}/{@code _PASSWORD} point elsewhere (the URL
 * names a database the user may connect to, e.g. {@code jdbc:postgresql://db:5432/postgres}). A
 * registered database without a server here is tested without one: in memory (H2) or in a temporary
 * file (SQLite).
 */
public final class TestServers {

  /** Where a database's test databases are made. */
  public record Server(String url, String user, String password) {}

  // Keyed by the database's first dialect name.
  private static final Map<String, Server> SERVERS =
      Map.of(
          "postgresql",
          new Server(
              env("MIGRATE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test"),
              env("MIGRATE_TEST_PG_USER", "postgres"),
              env("MIGRATE_TEST_PG_PASSWORD", "")),
          "mariadb",
          new Server(
              env("MIGRATE_TEST_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test"),
              env("MIGRATE_TEST_MARIADB_USER", "root"),
              env("MIGRATE_TEST_MARIADB_PASSWORD", "")));

  private TestServers() {}

  /** The test server of a database, or empty when it is tested without one. */
  public static Optional<Server> of(DatabaseSupport database) {
    return Optional.ofNullable(SERVERS.get(database.dialectNames().get(0)));
  }

  /** The test server of the database with this dialect name. */
  public static Server server(String dialectName) {
    return of(TestDatabase.support(dialectName))
        .orElseThrow(() -> new IllegalArgumentException(dialectName + " has no test server"));
  }

  /** As {@link #scratch(DatabaseSupport)}, for the database with this dialect name. */
  public static ScratchDatabase scratch(String dialectName) {
    return scratch(TestDatabase.support(dialectName));
  }

  /** True when {@code MIGRATE_REQUIRE_DATABASES=1}: an unreachable server fails the test. */
  public static boolean databasesRequired() {
    return "1".equals(System.getenv("MIGRATE_REQUIRE_DATABASES"));
  }

  /** A connection to the server; skips (or fails) the test when it cannot be reached. */
  public static Connection connectOrSkip(Server server) {
    try {
      return connect(server);
    } catch (SQLException e) {
      String why = server.url() + " is not reachable: " + e.getMessage();
      if (databasesRequired()) {
        fail(why + " (MIGRATE_REQUIRE_DATABASES=1)");
      }
      Assumptions.abort(why);
      throw new AssertionError(why);
    }
  }

  /**
   * For callers outside JUnit (an invoker selector): true when the database's test server answers,
   * false when it does not, an {@link AssertionError} when it does not and databases are required
   * (by the environment or by {@code required}).
   */
  public static boolean available(String dialectName, boolean required) {
    Server server = server(dialectName);
    try (Connection ignored = connect(server)) {
      return true;
    } catch (SQLException e) {
      if (required || databasesRequired()) {
        throw new AssertionError(
            server.url() + " is not reachable and MIGRATE_REQUIRE_DATABASES=1: " + e.getMessage());
      }
      return false;
    }
  }

  // Through the shipped driver, as the engine connects: DriverManager registers drivers once per
  // JVM, so code in a later class loader (an invoker script's) would find none of its own.
  private static Connection connect(Server server) throws SQLException {
    DriverManager.setLoginTimeout(5);
    return ConnectionFactory.connect(server.url(), server.user(), server.password());
  }

  /** Skips (or fails) the test unless the server can be reached. */
  public static void reachOrSkip(Server server) {
    try (Connection ignored = connectOrSkip(server)) {
      return;
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /**
   * A scratch database of this database for one test: on its test server (skipping or failing the
   * test when the server is down), else without one (in memory, or in a file).
   */
  public static ScratchDatabase scratch(DatabaseSupport database) {
    return of(database)
        .map(
            server -> {
              reachOrSkip(server);
              return ScratchDatabase.create(
                  database, server.url(), server.user(), server.password());
            })
        .orElseGet(() -> ScratchDatabase.create(database, null, null, null));
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}

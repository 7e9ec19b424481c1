package dev.migrate.engine.verify;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The database servers of the test environment. A test that needs one skips when it is down, unless
 * {@code MIGRATE_REQUIRE_DATABASES=1}, when it fails.
 */
final class Servers {
  static final String POSTGRES =
      env("MIGRATE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test?connectTimeout=3");
  static final String POSTGRES_USER = env("MIGRATE_TEST_PG_USER", "postgres");
  static final String POSTGRES_PASSWORD = env("MIGRATE_TEST_PG_PASSWORD", "");
  static final String MARIADB =
      env("MIGRATE_TEST_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test?connectTimeout=3000");
  static final String MARIADB_USER = env("MIGRATE_TEST_MARIADB_USER", "root");
  static final String MARIADB_PASSWORD = env("MIGRATE_TEST_MARIADB_PASSWORD", "");

  private Servers() {}

  static ScratchDatabase postgres() {
    requireReachable(POSTGRES, POSTGRES_USER, POSTGRES_PASSWORD);
    return ScratchDatabase.create(POSTGRES, POSTGRES_USER, POSTGRES_PASSWORD);
  }

  static ScratchDatabase mariadb() {
    requireReachable(MARIADB, MARIADB_USER, MARIADB_PASSWORD);
    return ScratchDatabase.create(MARIADB, MARIADB_USER, MARIADB_PASSWORD);
  }

  static ScratchDatabase h2() {
    return ScratchDatabase.create(null, null, null);
  }

  static void execute(ScratchDatabase db, List<String> statements) {
    try (Connection connection = db.connect();
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    } catch (SQLException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  private static void requireReachable(String url, String user, String password) {
    try (Connection ignored = DriverManager.getConnection(url, user, password)) {
      return;
    } catch (SQLException e) {
      if ("1".equals(System.getenv("MIGRATE_REQUIRE_DATABASES"))) {
        throw new AssertionError("Database required but unreachable: " + url, e);
      }
      assumeTrue(false, "database unreachable: " + url);
    }
  }
}

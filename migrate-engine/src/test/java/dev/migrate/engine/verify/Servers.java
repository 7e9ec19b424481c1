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
  static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test?connectTimeout=3";
  static final String MARIADB = "jdbc:mariadb://127.0.0.1:3306/test?connectTimeout=3000";

  private Servers() {}

  static ScratchDatabase postgres() {
    requireReachable(POSTGRES, "postgres");
    return ScratchDatabase.create(POSTGRES, "postgres", null);
  }

  static ScratchDatabase mariadb() {
    requireReachable(MARIADB, "root");
    return ScratchDatabase.create(MARIADB, "root", "");
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

  private static void requireReachable(String url, String user) {
    try (Connection ignored = DriverManager.getConnection(url, user, "")) {
      return;
    } catch (SQLException e) {
      if ("1".equals(System.getenv("MIGRATE_REQUIRE_DATABASES"))) {
        throw new AssertionError("Database required but unreachable: " + url, e);
      }
      assumeTrue(false, "database unreachable: " + url);
    }
  }
}

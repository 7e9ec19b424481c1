package dev.migrate.engine.migration;

import static org.junit.jupiter.api.Assertions.fail;

import dev.migrate.engine.dialect.DatabaseKind;
import dev.migrate.engine.dialect.Dialect;
import dev.migrate.engine.dialect.Dialects;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * Throw-away databases with unique names on the shared servers; a missing server skips the test
 * unless {@code MIGRATE_REQUIRE_DATABASES=1}. (A local stand-in until the shared engine test
 * support lands.)
 */
final class TestDatabases {
  static final String PG_ADMIN = "jdbc:postgresql://127.0.0.1:5432/test";
  static final String MARIADB_ADMIN = "jdbc:mariadb://127.0.0.1:3306/test";

  private TestDatabases() {}

  /** A fresh database; close it to drop it. */
  static ScratchDatabase create(DatabaseKind kind) {
    String name = "mt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    return switch (kind) {
      case POSTGRESQL ->
          server(kind, name, PG_ADMIN, "postgres", "jdbc:postgresql://127.0.0.1:5432/" + name);
      case MARIADB, MYSQL ->
          server(kind, name, MARIADB_ADMIN, "root", "jdbc:mariadb://127.0.0.1:3306/" + name);
      case H2 ->
          new ScratchDatabase(kind, name, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", null);
    };
  }

  private static ScratchDatabase server(
      DatabaseKind kind, String name, String adminUrl, String user, String url) {
    try (Connection admin = DriverManager.getConnection(adminUrl, user, "");
        Statement s = admin.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      unreachable(kind, e);
    }
    return new ScratchDatabase(kind, name, url, user, adminUrl);
  }

  private static void unreachable(DatabaseKind kind, SQLException e) {
    String why = kind + " is not reachable: " + e.getMessage();
    if ("1".equals(System.getenv("MIGRATE_REQUIRE_DATABASES"))) {
      fail(why);
    }
    Assumptions.abort(why);
  }

  static Dialect dialect(DatabaseKind kind) {
    return Dialects.forKind(kind);
  }

  /** One scratch database. */
  record ScratchDatabase(DatabaseKind kind, String name, String url, String user, String adminUrl)
      implements AutoCloseable {
    Connection connect() throws SQLException {
      return DriverManager.getConnection(url, user, "");
    }

    /** Folds a name as the database folds unquoted names, for metadata look-ups. */
    String fold(String name) {
      return switch (kind) {
        case POSTGRESQL -> name.toLowerCase(Locale.ROOT);
        case H2 -> name.toUpperCase(Locale.ROOT);
        default -> name;
      };
    }

    @Override
    public void close() throws SQLException {
      if (kind == DatabaseKind.H2) {
        try (Connection c = connect();
            Statement s = c.createStatement()) {
          s.execute("SHUTDOWN");
        }
        return;
      }
      try (Connection admin = DriverManager.getConnection(adminUrl, user, "");
          Statement s = admin.createStatement()) {
        s.execute(
            "DROP DATABASE " + name + (kind == DatabaseKind.POSTGRESQL ? " WITH (FORCE)" : ""));
      }
    }
  }
}

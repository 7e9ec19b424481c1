package dev.migrate.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A database for one test that a separate CLI process can reach: an H2 file database in a temporary
 * directory, or a uniquely named PostgreSQL database created here and dropped by {@link #close()}.
 * An unreachable PostgreSQL skips the test unless {@code MIGRATE_REQUIRE_DATABASES=1}.
 */
final class ItDatabase implements AutoCloseable {
  enum Kind {
    H2,
    POSTGRESQL,
    MARIADB
  }

  static final String PG_HOST = "127.0.0.1:5432";
  private static final String PG_ADMIN_URL = "jdbc:postgresql://" + PG_HOST + "/test";
  private static final String PG_USER = "postgres";
  static final String MARIADB_HOST = "127.0.0.1:3306";
  private static final String MARIADB_ADMIN_URL = "jdbc:mariadb://" + MARIADB_HOST + "/test";
  private static final String MARIADB_USER = "root";

  private final Kind kind;
  private final String name;
  private final String url;

  private ItDatabase(Kind kind, String name, String url) {
    this.kind = kind;
    this.name = name;
    this.url = url;
  }

  static ItDatabase create(Kind kind, Path directory) {
    String name = "mt_cli_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    if (kind == Kind.H2) {
      return new ItDatabase(kind, name, "jdbc:h2:file:" + directory.resolve(name).toAbsolutePath());
    }
    String server = kind == Kind.POSTGRESQL ? PG_HOST : MARIADB_HOST;
    try (Connection admin = admin(kind);
        Statement statement = admin.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      boolean required = "1".equals(System.getenv("MIGRATE_REQUIRE_DATABASES"));
      if (required) {
        fail(kind + " at " + server + " is required but unreachable: " + e.getMessage());
      }
      Assumptions.abort(kind + " at " + server + " unreachable: " + e.getMessage());
    }
    String scheme = kind == Kind.POSTGRESQL ? "postgresql" : "mariadb";
    return new ItDatabase(kind, name, "jdbc:" + scheme + "://" + server + "/" + name);
  }

  private static Connection admin(Kind kind) throws SQLException {
    return kind == Kind.POSTGRESQL
        ? DriverManager.getConnection(PG_ADMIN_URL, PG_USER, null)
        : DriverManager.getConnection(MARIADB_ADMIN_URL, MARIADB_USER, "");
  }

  Kind kind() {
    return kind;
  }

  String name() {
    return name;
  }

  /** The JDBC URL, user included where one is needed, for {@code --url}. */
  String url() {
    return switch (kind) {
      case H2 -> url;
      case POSTGRESQL -> url + "?user=" + PG_USER;
      case MARIADB -> url + "?user=" + MARIADB_USER;
    };
  }

  /** The first column of every row of a query, as strings, in the query's order. */
  List<String> strings(String sql) {
    try (Connection connection = connect();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      List<String> values = new ArrayList<>();
      while (rows.next()) {
        values.add(rows.getString(1));
      }
      return values;
    } catch (SQLException e) {
      throw new AssertionError("query failed: " + sql + ": " + e.getMessage(), e);
    }
  }

  /** The version rows, sorted. */
  List<String> versions() {
    return strings("SELECT version_num FROM migrate_version ORDER BY version_num");
  }

  boolean tableExists(String table) {
    String lower = table.toLowerCase(Locale.ROOT);
    String sql =
        "SELECT COUNT(*) FROM information_schema.tables WHERE LOWER(table_name) = '"
            + lower
            + "'"
            + (kind == Kind.MARIADB ? " AND table_schema = '" + name + "'" : "");
    return !strings(sql).get(0).equals("0");
  }

  private Connection connect() throws SQLException {
    return switch (kind) {
      case H2 -> DriverManager.getConnection(url);
      case POSTGRESQL -> DriverManager.getConnection(url, PG_USER, null);
      case MARIADB -> DriverManager.getConnection(url, MARIADB_USER, "");
    };
  }

  @Override
  public void close() {
    if (kind != Kind.H2) {
      try (Connection admin = admin(kind);
          Statement statement = admin.createStatement()) {
        statement.execute(
            "DROP DATABASE IF EXISTS " + name + (kind == Kind.POSTGRESQL ? " WITH (FORCE)" : ""));
      } catch (SQLException e) {
        throw new AssertionError("cannot drop " + name + ": " + e.getMessage(), e);
      }
    }
  }
}

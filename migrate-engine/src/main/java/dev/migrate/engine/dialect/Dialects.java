package dev.migrate.engine.dialect;

import dev.migrate.engine.common.MigrateException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;

/** Picks the dialect by name (offline) or from the connection's metadata (online). */
public final class Dialects {
  private Dialects() {}

  /** {@code postgresql} (or {@code postgres}), {@code mariadb}, {@code mysql}, {@code h2}. */
  public static Dialect forName(String name) {
    String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    return switch (key) {
      case "postgresql", "postgres", "pg" -> new PostgresDialect();
      case "mariadb" -> new MariaDbDialect(DatabaseKind.MARIADB);
      case "mysql" -> new MariaDbDialect(DatabaseKind.MYSQL);
      case "h2" -> new H2Dialect(false);
      default ->
          throw new MigrateException(
              "Unknown dialect '" + name + "': use postgresql, mariadb, mysql or h2");
    };
  }

  public static Dialect forKind(DatabaseKind kind) {
    return forName(kind.name());
  }

  /** The dialect of a live connection, from its product name. */
  public static Dialect detect(Connection connection) {
    try {
      DatabaseMetaData meta = connection.getMetaData();
      String product = meta.getDatabaseProductName().toLowerCase(Locale.ROOT);
      if (product.contains("postgres")) {
        return new PostgresDialect();
      }
      if (product.contains("mariadb")) {
        return new MariaDbDialect(DatabaseKind.MARIADB);
      }
      if (product.contains("mysql")) {
        String version = meta.getDatabaseProductVersion().toLowerCase(Locale.ROOT);
        return new MariaDbDialect(
            version.contains("mariadb") ? DatabaseKind.MARIADB : DatabaseKind.MYSQL);
      }
      if (product.equals("h2")) {
        return new H2Dialect(meta.storesLowerCaseIdentifiers());
      }
      throw new MigrateException(
          "Unsupported database '"
              + meta.getDatabaseProductName()
              + "': migrate supports PostgreSQL, MariaDB/MySQL and H2");
    } catch (SQLException e) {
      throw new MigrateException("Could not read database metadata: " + e.getMessage(), e);
    }
  }
}

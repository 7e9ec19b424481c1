package dev.migrate.engine.verify;

import dev.migrate.engine.common.MigrateException;
import dev.migrate.engine.schema.DatabaseSchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the {@link DatabaseSchema} of a database: JDBC metadata plus the database's own catalog
 * where JDBC says too little (PostgreSQL, H2, MariaDB/MySQL; other databases get the JDBC part
 * only).
 */
public final class SnapshotReader {
  private final Set<String> excludedTables;

  /**
   * A reader that leaves out the named tables (migrate's version and history tables) in every
   * schema, with everything that belongs to them.
   */
  public SnapshotReader(Collection<String> excludedTables) {
    this.excludedTables =
        excludedTables.stream()
            .map(name -> name.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
  }

  /** Reads the schema that the connection sees now. */
  public DatabaseSchema read(Connection connection) {
    try {
      Catalog catalog = catalogFor(connection.getMetaData().getDatabaseProductName());
      Scope scope = catalog.scope(connection, excludedTables);
      DatabaseSchema.Builder schema = DatabaseSchema.builder();
      catalog.read(connection, scope, schema);
      return schema.build();
    } catch (SQLException e) {
      throw new MigrateException("Could not read the database schema: " + e.getMessage(), e);
    }
  }

  private static Catalog catalogFor(String product) {
    String name = product == null ? "" : product.toLowerCase(Locale.ROOT);
    if (name.contains("postgres")) {
      return new PostgresCatalog();
    }
    if (name.equals("h2")) {
      return new H2Catalog();
    }
    if (name.contains("mariadb") || name.contains("mysql")) {
      return new MariaDbCatalog();
    }
    return new GenericCatalog();
  }
}

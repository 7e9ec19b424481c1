package dev.migrate.engine.verify;

import dev.migrate.engine.common.MigrateException;
import dev.migrate.engine.database.DatabaseSupport;
import dev.migrate.engine.database.Databases;
import dev.migrate.engine.database.SchemaReader;
import dev.migrate.engine.database.SubsetRead;
import dev.migrate.engine.schema.DatabaseSchema;
import dev.migrate.engine.schema.TableSubset;
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
      return readerFor(connection).read(connection, excludedTables);
    } catch (SQLException e) {
      throw new MigrateException("Could not read the database schema: " + e.getMessage(), e);
    }
  }

  /**
   * Reads the subset's tables and everything that is not part of a table; the result says which
   * tables it covers (every table where the database cannot read fewer soundly).
   */
  public SubsetRead read(Connection connection, TableSubset subset) {
    try {
      return readerFor(connection).read(connection, excludedTables, subset);
    } catch (SQLException e) {
      throw new MigrateException("Could not read the database schema: " + e.getMessage(), e);
    }
  }

  /** The kinds of object a read of the connection's database holds, in words. */
  public java.util.List<String> compared(Connection connection) {
    try {
      return readerFor(connection).compared();
    } catch (SQLException e) {
      throw new MigrateException("Could not read the database schema: " + e.getMessage(), e);
    }
  }

  /** The database's own reader, else what JDBC alone can say. */
  private static SchemaReader readerFor(Connection connection) throws SQLException {
    return Databases.find(connection)
        .map(DatabaseSupport::schemaReader)
        .orElseGet(GenericCatalog::new);
  }
}

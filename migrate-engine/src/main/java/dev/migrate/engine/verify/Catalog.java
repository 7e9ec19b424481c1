package dev.migrate.engine.verify;

import dev.migrate.engine.database.SchemaReader;
import dev.migrate.engine.database.SubsetRead;
import dev.migrate.engine.schema.DatabaseSchema;
import dev.migrate.engine.schema.TableSubset;
import java.sql.Connection;
import java.sql.SQLException;

/** How one database lists its schema objects: JDBC metadata plus its own catalog. */
public interface Catalog extends SchemaReader {

  @Override
  default DatabaseSchema read(Connection connection, java.util.Set<String> excludedTables)
      throws SQLException {
    DatabaseSchema.Builder schema = DatabaseSchema.builder();
    read(connection, scope(connection, excludedTables), schema);
    return schema.build();
  }

  /**
   * Reads the subset through a scope that covers it, so that a catalog may leave the other tables
   * out of its queries; every catalog's result is then cut to the subset, so one that reads more is
   * still exact.
   */
  @Override
  default SubsetRead read(
      Connection connection, java.util.Set<String> excludedTables, TableSubset subset)
      throws SQLException {
    TableSubset covered = tablesAreIndependent(connection) ? subset : TableSubset.all();
    DatabaseSchema.Builder schema = DatabaseSchema.builder();
    read(connection, scope(connection, excludedTables).covering(covered), schema);
    return new SubsetRead(schema.build().onlyTables(covered), covered);
  }

  /**
   * False when a change to one table can change other tables than those whose foreign keys
   * reference it (PostgreSQL's inheritance and event triggers): a subset read then reads all.
   */
  default boolean tablesAreIndependent(Connection connection) throws SQLException {
    return true;
  }

  /** The schemas to read and how names are shown, for this connection. */
  Scope scope(Connection connection, java.util.Set<String> excludedTables) throws SQLException;

  /** Adds every object of the scope to {@code out}. */
  void read(Connection connection, Scope scope, DatabaseSchema.Builder out) throws SQLException;
}

package dev.migrate.engine.verify;

import dev.migrate.engine.database.SchemaReader;
import dev.migrate.engine.database.SubsetRead;
import dev.migrate.engine.schema.DatabaseSchema;
import dev.migrate.engine.schema.TableSubset;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/** How one database lists its schema objects: JDBC metadata plus its own catalog. */
public interface Catalog extends SchemaReader {

  @Override
  default DatabaseSchema read(Connection connection, Set<String> excludedTables)
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
  default SubsetRead read(Connection connection, Set<String> excludedTables, TableSubset subset)
      throws SQLException {
    TableSubset covered = tablesAreIndependent(connection) ? subset : TableSubset.all();
    Scope scope = scope(connection, excludedTables);
    DatabaseSchema.Builder schema = DatabaseSchema.builder();
    read(connection, scope.covering(covered), schema);
    DatabaseSchema read = schema.build();
    if (covered.isAll()) {
      return new SubsetRead(read, covered, read.tables().keySet());
    }
    // The names of all tables, one metadata query a schema: a table that a statement made or
    // dropped outside the subset must not go unseen.
    JdbcMetadata metadata = new JdbcMetadata(connection.getMetaData(), scope);
    Set<String> names = new HashSet<>();
    for (String schemaName : scope.schemas()) {
      for (String table : metadata.tables(schemaName, DatabaseSchema.builder())) {
        names.add(scope.qualify(schemaName, table));
      }
    }
    return new SubsetRead(read.onlyTables(covered), covered, names);
  }

  /**
   * True when a change to one table can change no other table but those whose foreign keys
   * reference it, so that a subset read may leave the others out; a catalog says so for its
   * database (PostgreSQL only without inheritance and event triggers), and one that does not reads
   * every table: DDL triggers, rules or rewritten trigger bodies elsewhere reach further.
   */
  default boolean tablesAreIndependent(Connection connection) throws SQLException {
    return false;
  }

  /** The schemas to read and how names are shown, for this connection. */
  Scope scope(Connection connection, Set<String> excludedTables) throws SQLException;

  /** Adds every object of the scope to {@code out}. */
  void read(Connection connection, Scope scope, DatabaseSchema.Builder out) throws SQLException;
}

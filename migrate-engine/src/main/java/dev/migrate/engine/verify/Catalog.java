package dev.migrate.engine.verify;

import dev.migrate.engine.database.SchemaReader;
import dev.migrate.engine.schema.DatabaseSchema;
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

  /** The schemas to read and how names are shown, for this connection. */
  Scope scope(Connection connection, java.util.Set<String> excludedTables) throws SQLException;

  /** Adds every object of the scope to {@code out}. */
  void read(Connection connection, Scope scope, DatabaseSchema.Builder out) throws SQLException;
}

package dev.migrate.engine.database;

import dev.migrate.engine.schema.DatabaseSchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/** How one database's schema is read into the typed model. */
public interface SchemaReader {

  /**
   * Reads the schema the connection sees now, leaving out the named tables (lower-case) and
   * everything that belongs to them.
   */
  DatabaseSchema read(Connection connection, Set<String> excludedTables) throws SQLException;

  /**
   * The kinds of object {@link #read} reads, in words, for the line in which {@code verify} says
   * what it compared: {@code tables, columns, ..., grants}.
   */
  List<String> compared();
}

package dev.migrate.engine.database;

import dev.migrate.engine.schema.DatabaseSchema;
import dev.migrate.engine.schema.TableSubset;
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
   * Reads the tables of the subset and everything that is not part of a table. Here the whole
   * schema is read and the other tables left out; a reader may read less.
   */
  default SubsetRead read(Connection connection, Set<String> excludedTables, TableSubset subset)
      throws SQLException {
    DatabaseSchema all = read(connection, excludedTables);
    return new SubsetRead(all.onlyTables(subset), subset, all.tables().keySet());
  }

  /**
   * The kinds of object {@link #read} reads, in words, for the line in which {@code verify} says
   * what it compared: {@code tables, columns, ..., grants}.
   */
  List<String> compared();
}

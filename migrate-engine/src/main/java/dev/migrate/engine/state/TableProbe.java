package dev.migrate.engine.state;

import dev.migrate.engine.common.MigrateException;
import dev.migrate.engine.dialect.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Whether a table exists, asked without touching the table (so no transaction is spoiled). */
final class TableProbe {
  private TableProbe() {}

  static boolean exists(Connection connection, Dialect dialect, String schema, String table) {
    try (PreparedStatement query = connection.prepareStatement(dialect.tableExistsQuery())) {
      query.setString(1, schema == null ? null : dialect.storedName(schema));
      query.setString(2, dialect.storedName(table));
      try (ResultSet rs = query.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw new MigrateException("Could not check for table " + table + ": " + e.getMessage(), e);
    }
  }
}

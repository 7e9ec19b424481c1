package dev.migrate.engine.state;

import dev.migrate.engine.common.MigrateException;
import dev.migrate.engine.database.Dialect;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Whether a table exists, asked without touching the table (so no transaction is spoiled). */
final class TableProbe {
  private TableProbe() {}

  static boolean exists(Connection connection, Dialect dialect, String schema, String table) {
    if (dialect.probesTablesThroughMetadata()) {
      return existsInMetadata(connection, dialect, schema, table);
    }
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

  /** The same question through {@link DatabaseMetaData#getTables}, names matched exactly. */
  private static boolean existsInMetadata(
      Connection connection, Dialect dialect, String schema, String table) {
    try {
      DatabaseMetaData meta = connection.getMetaData();
      String escape = meta.getSearchStringEscape();
      String inSchema = schema == null ? connection.getSchema() : dialect.storedName(schema);
      try (ResultSet rs =
          meta.getTables(
              null,
              literalPattern(inSchema, escape),
              literalPattern(dialect.storedName(table), escape),
              null)) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw new MigrateException("Could not check for table " + table + ": " + e.getMessage(), e);
    }
  }

  /** A LIKE pattern that matches only the name itself ({@code _} and {@code %} escaped). */
  static String literalPattern(String name, String escape) {
    if (name == null || escape == null || escape.isEmpty()) {
      return name;
    }
    StringBuilder pattern = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '_' || c == '%' || escape.indexOf(c) >= 0) {
        pattern.append(escape);
      }
      pattern.append(c);
    }
    return pattern.toString();
  }

  /** The database's words for a failure, without its "ERROR:" prefix and "Position:" line. */
  static String firstLine(SQLException e) {
    String text =
        e.getMessage() == null ? "" : e.getMessage().strip().lines().findFirst().orElse("");
    return text.startsWith("ERROR: ") ? text.substring(7) : text;
  }
}

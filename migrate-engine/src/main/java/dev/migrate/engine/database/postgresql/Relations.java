package dev.migrate.engine.database.postgresql;

import dev.migrate.engine.schema.TableSubset;
import dev.migrate.engine.verify.Rows;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The relation names a subset read asks the catalog for: each table's name, and for a qualified
 * name the part after each dot, as the schema may hold one. Every name that could be the table's is
 * asked for; what is read is then cut to the subset exactly.
 *
 * @param names the names as an array, or null for every relation
 */
record Relations(Array names) {
  static Relations of(Connection connection, TableSubset subset) throws SQLException {
    if (subset.isAll()) {
      return new Relations(null);
    }
    Set<String> simple = new HashSet<>();
    for (String name : subset.names()) {
      simple.add(name);
      for (int dot = name.indexOf('.'); dot >= 0; dot = name.indexOf('.', dot + 1)) {
        simple.add(name.substring(dot + 1));
      }
    }
    return new Relations(connection.createArrayOf("text", simple.toArray()));
  }

  /**
   * Runs the query, which ends in a where clause, for these relations only: {@code relation} is its
   * expression of a row's relation name (null for a row to keep whatever it names), {@code tail}
   * what follows the where clause.
   */
  void each(
      Connection connection,
      String sql,
      String relation,
      String tail,
      Object parameter,
      Rows.Row row)
      throws SQLException {
    if (names == null) {
      Rows.each(connection, sql + tail, parameter, row);
      return;
    }
    Rows.eachWith(
        connection,
        sql + " and coalesce(" + relation + " = any(?), true)" + tail,
        List.of(parameter, names),
        row);
  }
}

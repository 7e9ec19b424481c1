package dev.migrate.engine.database.mariadb;

import dev.migrate.engine.schema.CheckConstraint;
import dev.migrate.engine.schema.DatabaseSchema;
import dev.migrate.engine.schema.Grant;
import dev.migrate.engine.schema.Routine;
import dev.migrate.engine.schema.Sequence;
import dev.migrate.engine.schema.Trigger;
import dev.migrate.engine.schema.View;
import dev.migrate.engine.verify.Catalog;
import dev.migrate.engine.verify.JdbcMetadata;
import dev.migrate.engine.verify.Rows;
import dev.migrate.engine.verify.Scope;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * MariaDB and MySQL: the connection's database only. Tables, columns (with their comments), keys
 * and indexes through JDBC (unique constraints are unique indexes here); column types, views,
 * triggers, routines, check constraints, sequence names and grants from {@code information_schema},
 * sequence options from the sequences themselves.
 */
final class MariaDbCatalog implements Catalog {

  @Override
  public List<String> compared() {
    return List.of(
        "tables",
        "columns (type, nullability, default, auto-increment)",
        "primary keys",
        "foreign keys",
        "check constraints",
        "indexes (unique constraints among them)",
        "views",
        "sequences",
        "triggers",
        "routines",
        "table and column comments",
        "grants on tables and columns");
  }

  /**
   * A sequence with its options: MariaDB keeps them in the sequence's own one-row table, not in
   * {@code information_schema} (a sequence read by name alone would be created again with the
   * default increment, where Hibernate's are 50).
   */
  private static Sequence sequence(Connection connection, String name) throws SQLException {
    try (java.sql.Statement statement = connection.createStatement();
        java.sql.ResultSet rs =
            statement.executeQuery(
                "select start_value, increment, minimum_value, maximum_value, cycle_option from `"
                    + name.replace("`", "``")
                    + "`")) {
      rs.next();
      return new Sequence(
          name, null, rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getBoolean(5));
    }
  }

  @Override
  public Scope scope(Connection connection, Set<String> excludedTables) throws SQLException {
    String database = connection.getCatalog();
    return new Scope(List.of(database), database, true, false, excludedTables);
  }

  @Override
  public void read(Connection connection, Scope scope, DatabaseSchema.Builder out)
      throws SQLException {
    JdbcMetadata jdbc = new JdbcMetadata(connection.getMetaData(), scope);
    String schema = scope.defaultSchema();
    List<String> tables = jdbc.tables(schema, out);
    Map<String, String> types = new HashMap<>();
    Rows.each(
        connection,
        "select table_name, column_name, column_type from information_schema.columns"
            + " where table_schema = ?",
        schema,
        rs -> types.put(rs.getString(1) + "." + rs.getString(2), rs.getString(3)));
    jdbc.columns(schema, tables, types, null, out);
    jdbc.primaryKeys(schema, tables, out);
    jdbc.foreignKeys(schema, tables, out);
    jdbc.indexes(schema, tables, out);
    Rows.each(
        connection,
        "select table_name, view_definition from information_schema.views where table_schema = ?",
        schema,
        // MariaDB qualifies every name with the database's; without it the view reads the same
        // in any database, as a script writes it.
        rs -> out.view(View.of(rs.getString(1), rs.getString(2).replace("`" + schema + "`.", ""))));
    List<String> sequences = new java.util.ArrayList<>();
    Rows.each(
        connection,
        "select table_name from information_schema.tables"
            + " where table_schema = ? and table_type = 'SEQUENCE'",
        schema,
        rs -> sequences.add(rs.getString(1)));
    for (String name : sequences) {
      out.sequence(sequence(connection, name));
    }
    Rows.each(
        connection,
        "select trigger_name, event_object_table, action_timing, event_manipulation,"
            + " action_statement from information_schema.triggers where trigger_schema = ?",
        schema,
        rs -> {
          Trigger trigger =
              new Trigger(
                  rs.getString(1), rs.getString(3) + " " + rs.getString(4) + " " + rs.getString(5));
          out.updateTable(rs.getString(2), t -> t.withTrigger(trigger));
        });
    Rows.each(
        connection,
        "select routine_name, routine_type, routine_definition from information_schema.routines"
            + " where routine_schema = ?",
        schema,
        rs ->
            out.routine(
                new Routine(
                    rs.getString(1), rs.getString(2).toLowerCase(Locale.ROOT), rs.getString(3))));
    Rows.each(
        connection,
        "select constraint_name, table_name, check_clause from information_schema.check_constraints"
            + " where constraint_schema = ?",
        schema,
        rs -> {
          CheckConstraint check = new CheckConstraint(rs.getString(1), rs.getString(3));
          out.updateTable(rs.getString(2), t -> t.withCheck(check));
        });
    grants(connection, scope, out);
  }

  /**
   * Privileges granted on the database's tables and views and on their columns. MariaDB keeps a
   * grant after its table is dropped (and re-applies it to a table created again under the name),
   * so a downgrade that drops a table without revoking its grants leaves them: they are read as
   * they are kept.
   */
  private static void grants(Connection connection, Scope scope, DatabaseSchema.Builder out)
      throws SQLException {
    String schema = scope.defaultSchema();
    Rows.each(
        connection,
        "select table_name, null, grantee, privilege_type, is_grantable"
            + " from information_schema.table_privileges where table_schema = ?"
            + " union all select table_name, column_name, grantee, privilege_type, is_grantable"
            + " from information_schema.column_privileges where table_schema = ?",
        schema,
        rs -> {
          if (!scope.isExcluded(rs.getString(1))) {
            out.grant(
                new Grant(
                    "table",
                    rs.getString(1),
                    rs.getString(2),
                    MariaDbRoles.grantee(rs.getString(3)),
                    rs.getString(4),
                    "YES".equals(rs.getString(5))));
          }
        });
  }
}

package dev.migrate.engine.verify;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * MariaDB and MySQL: the connection's database only. Tables, columns, keys and indexes through
 * JDBC; views, triggers, routines, check constraints and sequences from {@code information_schema}.
 */
final class MariaDbCatalog implements Catalog {

  @Override
  public Scope scope(Connection connection, Set<String> excludedTables) throws SQLException {
    String database = connection.getCatalog();
    return new Scope(List.of(database), database, true, false, excludedTables);
  }

  @Override
  public void read(Connection connection, Scope scope, List<SchemaObject> out) throws SQLException {
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
    jdbc.columns(schema, tables, types, out);
    jdbc.primaryKeys(schema, tables, out);
    jdbc.foreignKeys(schema, tables, out);
    jdbc.indexes(schema, tables, out);
    Rows.each(
        connection,
        "select table_name, view_definition from information_schema.views where table_schema = ?",
        schema,
        rs ->
            out.add(
                new SchemaObject(
                    "view",
                    rs.getString(1),
                    null,
                    JdbcMetadata.props("definition", rs.getString(2)))));
    Rows.each(
        connection,
        "select table_name from information_schema.tables"
            + " where table_schema = ? and table_type = 'SEQUENCE'",
        schema,
        rs -> out.add(SchemaObject.of("sequence", rs.getString(1))));
    Rows.each(
        connection,
        "select trigger_name, event_object_table, action_timing, event_manipulation,"
            + " action_statement from information_schema.triggers where trigger_schema = ?",
        schema,
        rs -> {
          if (!scope.isExcluded(rs.getString(2))) {
            out.add(
                new SchemaObject(
                    "trigger",
                    rs.getString(1) + " on " + rs.getString(2),
                    scope.tableKey(schema, rs.getString(2)),
                    JdbcMetadata.props(
                        "definition",
                        rs.getString(3) + " " + rs.getString(4) + " " + rs.getString(5))));
          }
        });
    Rows.each(
        connection,
        "select routine_name, routine_type, routine_definition from information_schema.routines"
            + " where routine_schema = ?",
        schema,
        rs ->
            out.add(
                new SchemaObject(
                    rs.getString(2).toLowerCase(java.util.Locale.ROOT),
                    rs.getString(1),
                    null,
                    JdbcMetadata.props("definition", rs.getString(3)))));
    Rows.each(
        connection,
        "select constraint_name, table_name, check_clause from information_schema.check_constraints"
            + " where constraint_schema = ?",
        schema,
        rs -> {
          if (!scope.isExcluded(rs.getString(2))) {
            out.add(
                new SchemaObject(
                    "check constraint",
                    rs.getString(1) + " on " + rs.getString(2),
                    scope.tableKey(schema, rs.getString(2)),
                    JdbcMetadata.props("definition", rs.getString(3))));
          }
        });
  }
}

package dev.migrate.engine.verify;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * PostgreSQL: tables and columns through JDBC; constraints, indexes, views, sequences, functions,
 * triggers, enum types, domains and extensions from {@code pg_catalog}, compared by the definitions
 * PostgreSQL itself prints ({@code pg_get_constraintdef}, {@code pg_get_indexdef} ...). Objects
 * that belong to an extension are covered by the extension.
 */
final class PostgresCatalog implements Catalog {

  private static final String NOT_IN_EXTENSION =
      " and not exists (select 1 from pg_depend d where d.objid = %s and d.deptype = 'e')";

  @Override
  public Scope scope(Connection connection, Set<String> excludedTables) throws SQLException {
    List<String> schemas = new ArrayList<>();
    try (PreparedStatement ps =
            connection.prepareStatement(
                "select nspname from pg_namespace where nspname !~ '^pg_'"
                    + " and nspname <> 'information_schema' order by nspname");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        schemas.add(rs.getString(1));
      }
    }
    String current;
    try (PreparedStatement ps = connection.prepareStatement("select current_schema()");
        ResultSet rs = ps.executeQuery()) {
      current = rs.next() && rs.getString(1) != null ? rs.getString(1) : "public";
    }
    return new Scope(schemas, current, false, false, excludedTables);
  }

  @Override
  public void read(Connection connection, Scope scope, List<SchemaObject> out) throws SQLException {
    JdbcMetadata jdbc = new JdbcMetadata(connection.getMetaData(), scope);
    for (String schema : scope.schemas()) {
      out.add(SchemaObject.of("schema", schema));
      jdbc.columns(schema, jdbc.tables(schema, out), out);
    }
    Array schemas = connection.createArrayOf("text", scope.schemas().toArray());
    constraints(connection, schemas, scope, out);
    indexes(connection, schemas, scope, out);
    views(connection, schemas, scope, out);
    sequences(connection, schemas, scope, out);
    functions(connection, schemas, scope, out);
    triggers(connection, schemas, scope, out);
    types(connection, schemas, scope, out);
    extensions(connection, out);
  }

  private static void constraints(
      Connection connection, Array schemas, Scope scope, List<SchemaObject> out)
      throws SQLException {
    String sql =
        "select n.nspname, t.relname, c.conname, c.contype, pg_get_constraintdef(c.oid)"
            + " from pg_constraint c join pg_class t on t.oid = c.conrelid"
            + " join pg_namespace n on n.oid = t.relnamespace"
            + " where n.nspname = any(?) and c.contype in ('p', 'u', 'f', 'c', 'x')";
    Rows.each(
        connection,
        sql,
        schemas,
        rs -> {
          String schema = rs.getString(1);
          String table = rs.getString(2);
          if (scope.isExcluded(table)) {
            return;
          }
          String label = scope.qualify(schema, table);
          String type =
              switch (rs.getString(4)) {
                case "p" -> "primary key";
                case "u" -> "unique constraint";
                case "f" -> "foreign key";
                case "c" -> "check constraint";
                default -> "exclusion constraint";
              };
          String name =
              type.equals("primary key") ? "on " + label : rs.getString(3) + " on " + label;
          out.add(
              new SchemaObject(
                  type,
                  name,
                  scope.tableKey(schema, table),
                  JdbcMetadata.props("name", rs.getString(3), "definition", rs.getString(5))));
        });
  }

  private static void indexes(
      Connection connection, Array schemas, Scope scope, List<SchemaObject> out)
      throws SQLException {
    String sql =
        "select n.nspname, t.relname, i.relname, pg_get_indexdef(i.oid)"
            + " from pg_index x join pg_class i on i.oid = x.indexrelid"
            + " join pg_class t on t.oid = x.indrelid"
            + " join pg_namespace n on n.oid = i.relnamespace"
            + " where n.nspname = any(?) and not exists (select 1 from pg_constraint c"
            + " where c.conindid = x.indexrelid and c.contype in ('p', 'u', 'x'))";
    Rows.each(
        connection,
        sql,
        schemas,
        rs -> {
          String schema = rs.getString(1);
          String table = rs.getString(2);
          if (!scope.isExcluded(table)) {
            out.add(
                new SchemaObject(
                    "index",
                    rs.getString(3) + " on " + scope.qualify(schema, table),
                    scope.tableKey(schema, table),
                    JdbcMetadata.props("definition", rs.getString(4))));
          }
        });
  }

  private static void views(
      Connection connection, Array schemas, Scope scope, List<SchemaObject> out)
      throws SQLException {
    String sql =
        "select schemaname, viewname, definition, 'view' from pg_views where schemaname = any(?)"
            + " union all select schemaname, matviewname, definition, 'materialized view'"
            + " from pg_matviews where schemaname = any(?)";
    Rows.each(
        connection,
        sql,
        schemas,
        rs ->
            out.add(
                new SchemaObject(
                    rs.getString(4),
                    scope.qualify(rs.getString(1), rs.getString(2)),
                    null,
                    JdbcMetadata.props("definition", rs.getString(3)))));
  }

  private static void sequences(
      Connection connection, Array schemas, Scope scope, List<SchemaObject> out)
      throws SQLException {
    String sql =
        "select s.schemaname, s.sequencename, s.data_type::text, s.start_value, s.increment_by,"
            + " s.min_value, s.max_value, s.cycle, (select t.relname from pg_depend d"
            + " join pg_class t on t.oid = d.refobjid where d.classid = 'pg_class'::regclass"
            + " and d.objid = (quote_ident(s.schemaname) || '.' || quote_ident(s.sequencename))"
            + "::regclass and d.refclassid = 'pg_class'::regclass and d.deptype in ('a', 'i'))"
            + " from pg_sequences s where s.schemaname = any(?)";
    Rows.each(
        connection,
        sql,
        schemas,
        rs -> {
          // A sequence owned by one of migrate's tables (its id column) is migrate's too.
          if (rs.getString(9) != null && scope.isExcluded(rs.getString(9))) {
            return;
          }
          out.add(
              new SchemaObject(
                  "sequence",
                  scope.qualify(rs.getString(1), rs.getString(2)),
                  null,
                  JdbcMetadata.props(
                      "type", rs.getString(3),
                      "start", rs.getString(4),
                      "increment", rs.getString(5),
                      "minimum", rs.getString(6),
                      "maximum", rs.getString(7),
                      "cycle", rs.getBoolean(8) ? "yes" : "no")));
        });
  }

  private static void functions(
      Connection connection, Array schemas, Scope scope, List<SchemaObject> out)
      throws SQLException {
    String sql =
        "select n.nspname, p.proname, pg_get_function_identity_arguments(p.oid),"
            + " p.prokind, pg_get_functiondef(p.oid)"
            + " from pg_proc p join pg_namespace n on n.oid = p.pronamespace"
            + " where n.nspname = any(?) and p.prokind in ('f', 'p', 'w')"
            + NOT_IN_EXTENSION.formatted("p.oid");
    Rows.each(
        connection,
        sql,
        schemas,
        rs ->
            out.add(
                new SchemaObject(
                    "p".equals(rs.getString(4)) ? "procedure" : "function",
                    scope.qualify(rs.getString(1), rs.getString(2)) + "(" + rs.getString(3) + ")",
                    null,
                    JdbcMetadata.props("definition", rs.getString(5)))));
  }

  private static void triggers(
      Connection connection, Array schemas, Scope scope, List<SchemaObject> out)
      throws SQLException {
    String sql =
        "select n.nspname, c.relname, t.tgname, pg_get_triggerdef(t.oid)"
            + " from pg_trigger t join pg_class c on c.oid = t.tgrelid"
            + " join pg_namespace n on n.oid = c.relnamespace"
            + " where n.nspname = any(?) and not t.tgisinternal";
    Rows.each(
        connection,
        sql,
        schemas,
        rs -> {
          String schema = rs.getString(1);
          String table = rs.getString(2);
          if (!scope.isExcluded(table)) {
            out.add(
                new SchemaObject(
                    "trigger",
                    rs.getString(3) + " on " + scope.qualify(schema, table),
                    scope.tableKey(schema, table),
                    JdbcMetadata.props("definition", rs.getString(4))));
          }
        });
  }

  private static void types(
      Connection connection, Array schemas, Scope scope, List<SchemaObject> out)
      throws SQLException {
    String enums =
        "select n.nspname, t.typname,"
            + " string_agg(quote_literal(e.enumlabel), ', ' order by e.enumsortorder)"
            + " from pg_type t join pg_enum e on e.enumtypid = t.oid"
            + " join pg_namespace n on n.oid = t.typnamespace"
            + " where n.nspname = any(?)"
            + NOT_IN_EXTENSION.formatted("t.oid")
            + " group by n.nspname, t.typname";
    Rows.each(
        connection,
        enums,
        schemas,
        rs ->
            out.add(
                new SchemaObject(
                    "enum type",
                    scope.qualify(rs.getString(1), rs.getString(2)),
                    null,
                    JdbcMetadata.props("values", "(" + rs.getString(3) + ")"))));
    String domains =
        "select n.nspname, t.typname, format_type(t.typbasetype, t.typtypmod), t.typnotnull,"
            + " t.typdefault, (select string_agg(pg_get_constraintdef(c.oid), ' and '"
            + " order by c.conname) from pg_constraint c where c.contypid = t.oid)"
            + " from pg_type t join pg_namespace n on n.oid = t.typnamespace"
            + " where n.nspname = any(?) and t.typtype = 'd'"
            + NOT_IN_EXTENSION.formatted("t.oid");
    Rows.each(
        connection,
        domains,
        schemas,
        rs ->
            out.add(
                new SchemaObject(
                    "domain",
                    scope.qualify(rs.getString(1), rs.getString(2)),
                    null,
                    JdbcMetadata.props(
                        "type", rs.getString(3),
                        "nullable", rs.getBoolean(4) ? "no" : "yes",
                        "default", JdbcMetadata.normalizeDefault(rs.getString(5)),
                        "checks", rs.getString(6)))));
  }

  private static void extensions(Connection connection, List<SchemaObject> out)
      throws SQLException {
    Rows.each(
        connection,
        "select extname from pg_extension where extname <> 'plpgsql'",
        null,
        rs -> out.add(SchemaObject.of("extension", rs.getString(1))));
  }
}

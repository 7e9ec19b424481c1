package dev.migrate.engine.database.h2;

import dev.migrate.engine.schema.CheckConstraint;
import dev.migrate.engine.schema.DatabaseSchema;
import dev.migrate.engine.schema.Domain;
import dev.migrate.engine.schema.Grant;
import dev.migrate.engine.schema.Identity;
import dev.migrate.engine.schema.Index;
import dev.migrate.engine.schema.IndexKey;
import dev.migrate.engine.schema.Routine;
import dev.migrate.engine.schema.Sequence;
import dev.migrate.engine.schema.SqlType;
import dev.migrate.engine.schema.Trigger;
import dev.migrate.engine.schema.UniqueConstraint;
import dev.migrate.engine.schema.View;
import dev.migrate.engine.verify.Catalog;
import dev.migrate.engine.verify.JdbcMetadata;
import dev.migrate.engine.verify.Rows;
import dev.migrate.engine.verify.Scope;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * H2 2.x: tables, columns (with their comments), primary and foreign keys through JDBC; unique and
 * check constraints, indexes, views, sequences, triggers, functions (aliases), domains and rights
 * (grants) from {@code INFORMATION_SCHEMA}. Indexes H2 creates for constraints are covered by the
 * constraints, and constraint names H2 generates ({@code CONSTRAINT_4D}) are left out, because they
 * change each time a table is created again.
 */
final class H2Catalog implements Catalog {

  @Override
  public List<String> compared() {
    return List.of(
        "schemas",
        "tables",
        "columns (type, nullability, default, identity)",
        "primary keys",
        "unique, foreign-key and check constraints",
        "indexes",
        "views",
        "sequences",
        "triggers",
        "functions (aliases)",
        "domains",
        "table and column comments",
        "grants on schemas, tables and views");
  }

  @Override
  public Scope scope(Connection connection, Set<String> excludedTables) throws SQLException {
    List<String> schemas = new ArrayList<>();
    Rows.each(
        connection,
        "select schema_name from information_schema.schemata"
            + " where schema_name <> 'INFORMATION_SCHEMA' order by schema_name",
        null,
        rs -> schemas.add(rs.getString(1)));
    String[] current = {"PUBLIC"};
    Rows.each(connection, "select current_schema", null, rs -> current[0] = rs.getString(1));
    boolean upper = connection.getMetaData().storesUpperCaseIdentifiers();
    return new Scope(schemas, current[0], false, upper, excludedTables);
  }

  @Override
  public void read(Connection connection, Scope scope, DatabaseSchema.Builder out)
      throws SQLException {
    JdbcMetadata jdbc = new JdbcMetadata(connection.getMetaData(), scope);
    for (String schema : scope.schemas()) {
      if (!schema.equals(scope.defaultSchema())) {
        out.schema(scope.show(schema));
      }
      List<String> tables = jdbc.tables(schema, out);
      jdbc.columns(
          schema, tables, enumTypes(connection, schema), identities(connection, schema), out);
      jdbc.primaryKeys(schema, tables, out);
      jdbc.foreignKeys(schema, tables, out);
      constraints(connection, schema, scope, out);
      indexes(connection, schema, scope, out);
      views(connection, schema, scope, out);
      sequences(connection, schema, scope, out);
      triggers(connection, schema, scope, out);
      routines(connection, schema, scope, out);
      domains(connection, schema, scope, out);
    }
    grants(connection, scope, out);
  }

  /**
   * Rights granted on tables, views and schemas ({@code INFORMATION_SCHEMA.RIGHTS}, one row per
   * grantee and object, the rights as a list); H2 does not tell a view's from a table's. Roles
   * granted to roles are not read: users and roles live inside the database.
   */
  private static void grants(Connection connection, Scope scope, DatabaseSchema.Builder out)
      throws SQLException {
    Rows.each(
        connection,
        "select grantee, rights, table_schema, table_name from information_schema.rights"
            + " where rights is not null",
        null,
        rs -> {
          String table = rs.getString(4);
          if (rs.getString(3) == null || (table != null && scope.isExcluded(table))) {
            return;
          }
          String kind = table == null ? "schema" : "table";
          String object =
              table == null ? scope.show(rs.getString(3)) : scope.qualify(rs.getString(3), table);
          for (String right : rs.getString(2).split(",")) {
            out.grant(
                new Grant(kind, object, null, scope.show(rs.getString(1)), right.strip(), false));
          }
        });
  }

  /** ENUM columns with their values, which JDBC reports as a bare {@code ENUM}. */
  private static Map<String, String> enumTypes(Connection connection, String schema)
      throws SQLException {
    Map<String, String> types = new LinkedHashMap<>();
    Rows.each(
        connection,
        "select c.table_name, c.column_name,"
            + " listagg('''' || replace(e.value_name, '''', '''''') || '''', ',')"
            + " within group (order by e.value_ordinal)"
            + " from information_schema.columns c join information_schema.enum_values e"
            + " on e.object_schema = c.table_schema and e.object_name = c.table_name"
            + " and e.enum_identifier = c.dtd_identifier"
            + " where c.table_schema = ? and c.data_type = 'ENUM'"
            + " group by c.table_name, c.column_name",
        schema,
        rs -> types.put(rs.getString(1) + "." + rs.getString(2), "enum(" + rs.getString(3) + ")"));
    return types;
  }

  /** Identity columns, {@code ALWAYS} or {@code BY DEFAULT}. */
  private static Map<String, Identity> identities(Connection connection, String schema)
      throws SQLException {
    Map<String, Identity> identities = new LinkedHashMap<>();
    Rows.each(
        connection,
        "select table_name, column_name, identity_generation from information_schema.columns"
            + " where table_schema = ? and is_identity = 'YES'",
        schema,
        rs ->
            identities.put(
                rs.getString(1) + "." + rs.getString(2),
                "ALWAYS".equals(rs.getString(3)) ? Identity.ALWAYS : Identity.BY_DEFAULT));
    return identities;
  }

  private static void constraints(
      Connection connection, String schema, Scope scope, DatabaseSchema.Builder out)
      throws SQLException {
    Map<String, Map<Integer, String>> columns = new LinkedHashMap<>();
    Rows.each(
        connection,
        "select constraint_name, column_name, ordinal_position"
            + " from information_schema.key_column_usage where constraint_schema = ?",
        schema,
        rs ->
            columns
                .computeIfAbsent(rs.getString(1), n -> new TreeMap<>())
                .put(rs.getInt(3), scope.show(rs.getString(2))));
    Rows.each(
        connection,
        "select tc.constraint_name, tc.constraint_type, tc.table_name, cc.check_clause,"
            + " tc.nulls_distinct"
            + " from information_schema.table_constraints tc"
            + " left join information_schema.check_constraints cc"
            + " on cc.constraint_schema = tc.constraint_schema"
            + " and cc.constraint_name = tc.constraint_name"
            + " where tc.constraint_schema = ? and tc.constraint_type in ('UNIQUE', 'CHECK')",
        schema,
        rs -> {
          String name = rs.getString(1);
          String shown = JdbcMetadata.isGeneratedName(name) ? null : scope.show(name);
          String table = scope.qualify(schema, rs.getString(3));
          if (rs.getString(2).equals("UNIQUE")) {
            UniqueConstraint unique =
                new UniqueConstraint(
                    shown,
                    List.copyOf(columns.getOrDefault(name, Map.of()).values()),
                    List.of(),
                    "NO".equals(rs.getString(5)));
            out.updateTable(table, t -> t.withUnique(unique));
          } else {
            CheckConstraint check = new CheckConstraint(shown, rs.getString(4));
            out.updateTable(table, t -> t.withCheck(check));
          }
        });
  }

  private static void indexes(
      Connection connection, String schema, Scope scope, DatabaseSchema.Builder out)
      throws SQLException {
    Map<String, Map<Integer, IndexKey>> keys = new LinkedHashMap<>();
    Rows.each(
        connection,
        "select index_name, column_name, ordinal_position, ordering_specification,"
            + " null_ordering from information_schema.index_columns where index_schema = ?",
        schema,
        rs -> {
          boolean descending = "DESC".equals(rs.getString(4));
          // H2 reports where nulls sort even when not declared: first ascending, last descending.
          String nulls = rs.getString(5);
          IndexKey.Nulls declared =
              "FIRST".equals(nulls) && descending
                  ? IndexKey.Nulls.FIRST
                  : "LAST".equals(nulls) && !descending ? IndexKey.Nulls.LAST : null;
          keys.computeIfAbsent(rs.getString(1), n -> new TreeMap<>())
              .put(
                  rs.getInt(3),
                  new IndexKey(scope.show(rs.getString(2)), false, descending).nulls(declared));
        });
    Rows.each(
        connection,
        "select index_name, table_name, index_type_name, nulls_distinct"
            + " from information_schema.indexes"
            + " where index_schema = ? and not is_generated",
        schema,
        rs -> {
          Index index =
              new Index(
                  scope.show(rs.getString(1)),
                  List.copyOf(keys.getOrDefault(rs.getString(1), Map.of()).values()),
                  rs.getString(3).startsWith("UNIQUE"),
                  null,
                  null,
                  List.of(),
                  "NO".equals(rs.getString(4)),
                  List.of());
          out.updateTable(scope.qualify(schema, rs.getString(2)), t -> t.withIndex(index));
        });
  }

  private static void views(
      Connection connection, String schema, Scope scope, DatabaseSchema.Builder out)
      throws SQLException {
    Rows.each(
        connection,
        "select table_name, view_definition from information_schema.views where table_schema = ?",
        schema,
        rs -> out.view(View.of(scope.qualify(schema, rs.getString(1)), rs.getString(2))));
  }

  private static void sequences(
      Connection connection, String schema, Scope scope, DatabaseSchema.Builder out)
      throws SQLException {
    Rows.each(
        connection,
        "select sequence_name, data_type, start_value, increment, minimum_value, maximum_value,"
            + " cycle_option from information_schema.sequences where sequence_schema = ?",
        schema,
        rs ->
            out.sequence(
                new Sequence(
                    scope.qualify(schema, rs.getString(1)),
                    SqlType.parse(rs.getString(2)),
                    JdbcMetadata.longOrNull(rs.getString(3)),
                    JdbcMetadata.longOrNull(rs.getString(4)),
                    JdbcMetadata.longOrNull(rs.getString(5)),
                    JdbcMetadata.longOrNull(rs.getString(6)),
                    "YES".equals(rs.getString(7)))));
  }

  private static void triggers(
      Connection connection, String schema, Scope scope, DatabaseSchema.Builder out)
      throws SQLException {
    Rows.each(
        connection,
        "select trigger_name, event_object_table, action_timing, event_manipulation,"
            + " action_orientation, java_class from information_schema.triggers"
            + " where trigger_schema = ?",
        schema,
        rs -> {
          Trigger trigger =
              new Trigger(
                  scope.show(rs.getString(1)),
                  rs.getString(3)
                      + " "
                      + rs.getString(4)
                      + " for each "
                      + rs.getString(5)
                      + " call "
                      + rs.getString(6));
          out.updateTable(scope.qualify(schema, rs.getString(2)), t -> t.withTrigger(trigger));
        });
  }

  private static void routines(
      Connection connection, String schema, Scope scope, DatabaseSchema.Builder out)
      throws SQLException {
    Rows.each(
        connection,
        "select specific_name, routine_name, routine_type, routine_definition, external_name"
            + " from information_schema.routines where routine_schema = ?",
        schema,
        rs ->
            out.routine(
                new Routine(
                    scope.qualify(schema, rs.getString(2)),
                    rs.getString(3).toLowerCase(Locale.ROOT),
                    rs.getString(4) != null ? rs.getString(4) : rs.getString(5))));
  }

  private static void domains(
      Connection connection, String schema, Scope scope, DatabaseSchema.Builder out)
      throws SQLException {
    Rows.each(
        connection,
        "select domain_name, data_type, character_maximum_length, numeric_precision,"
            + " numeric_scale, domain_default from information_schema.domains"
            + " where domain_schema = ?",
        schema,
        rs ->
            out.domain(
                new Domain(
                    scope.qualify(schema, rs.getString(1)),
                    SqlType.parse(
                        rs.getString(2)
                            + sizeOf(rs.getString(3), rs.getString(4), rs.getString(5))),
                    true,
                    rs.getString(6),
                    null)));
  }

  private static String sizeOf(String length, String precision, String scale) {
    if (length != null) {
      return "(" + length + ")";
    }
    return precision != null && scale != null && !"0".equals(scale)
        ? "(" + precision + "," + scale + ")"
        : "";
  }
}

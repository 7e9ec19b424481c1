package dev.migrate.engine.verify;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portable part of a snapshot, read through {@link DatabaseMetaData}: tables, columns and, for
 * databases whose catalog adds nothing better, primary keys, foreign keys and indexes.
 */
final class JdbcMetadata {
  private static final Pattern CAST_LITERAL =
      Pattern.compile("^('(?:[^']|'')*')::[a-z][a-z0-9_ ]*(\\(\\d+(,\\d+)?\\))?(\\[\\])?$");
  private static final String[] TABLE_TYPES = {"TABLE", "BASE TABLE", "PARTITIONED TABLE"};

  private final DatabaseMetaData metadata;
  private final Scope scope;

  JdbcMetadata(DatabaseMetaData metadata, Scope scope) {
    this.metadata = metadata;
    this.scope = scope;
  }

  /** The tables of a schema without migrate's own, adding a {@code table} object for each. */
  List<String> tables(String schema, List<SchemaObject> out) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (ResultSet rs =
        metadata.getTables(scope.catalogArg(schema), scope.schemaArg(schema), "%", TABLE_TYPES)) {
      while (rs.next()) {
        String name = rs.getString("TABLE_NAME");
        if (!scope.isExcluded(name)) {
          tables.add(name);
          out.add(SchemaObject.of("table", scope.qualify(schema, name)));
        }
      }
    }
    return tables;
  }

  /** Columns of the given tables: type, nullability, default and auto-increment. */
  void columns(String schema, List<String> tables, List<SchemaObject> out) throws SQLException {
    columns(schema, tables, Map.of(), out);
  }

  /**
   * Columns, with the type taken from {@code types} (keyed {@code table.column} as the database
   * spells them) where the catalog knows it better than JDBC, e.g. the values of an enum.
   */
  void columns(
      String schema, List<String> tables, Map<String, String> types, List<SchemaObject> out)
      throws SQLException {
    try (ResultSet rs =
        metadata.getColumns(scope.catalogArg(schema), scope.schemaArg(schema), "%", "%")) {
      while (rs.next()) {
        String table = rs.getString("TABLE_NAME");
        if (!tables.contains(table)) {
          continue;
        }
        String column = rs.getString("COLUMN_NAME");
        Map<String, String> props = new LinkedHashMap<>();
        String jdbcType =
            typeOf(
                rs.getString("TYPE_NAME"),
                rs.getInt("DATA_TYPE"),
                rs.getInt("COLUMN_SIZE"),
                rs.getInt("DECIMAL_DIGITS"));
        props.put("type", types.getOrDefault(table + "." + column, jdbcType));
        props.put("nullable", "YES".equals(rs.getString("IS_NULLABLE")) ? "yes" : "no");
        props.put("default", normalizeDefault(rs.getString("COLUMN_DEF")));
        props.put("auto-increment", "YES".equals(rs.getString("IS_AUTOINCREMENT")) ? "yes" : "no");
        out.add(
            new SchemaObject(
                "column",
                scope.qualify(schema, table) + "." + scope.show(column),
                scope.tableKey(schema, table),
                props));
      }
    }
  }

  /** The primary key of each table; a generated name is left out so that it compares equal. */
  void primaryKeys(String schema, List<String> tables, List<SchemaObject> out) throws SQLException {
    for (String table : tables) {
      Map<Integer, String> columns = new TreeMap<>();
      String name = null;
      try (ResultSet rs =
          metadata.getPrimaryKeys(scope.catalogArg(schema), scope.schemaArg(schema), table)) {
        while (rs.next()) {
          columns.put(rs.getInt("KEY_SEQ"), scope.show(rs.getString("COLUMN_NAME")));
          name = rs.getString("PK_NAME");
        }
      }
      if (!columns.isEmpty()) {
        String label = scope.qualify(schema, table);
        out.add(
            new SchemaObject(
                "primary key",
                "on " + label,
                scope.tableKey(schema, table),
                props(
                    "name",
                    isGeneratedName(name) ? "(generated)" : scope.show(name),
                    "columns",
                    "(" + String.join(", ", columns.values()) + ")")));
      }
    }
  }

  /** Foreign keys, by name, or by their columns when the database generated the name. */
  void foreignKeys(String schema, List<String> tables, List<SchemaObject> out) throws SQLException {
    for (String table : tables) {
      Map<String, ForeignKey> keys = new LinkedHashMap<>();
      try (ResultSet rs =
          metadata.getImportedKeys(scope.catalogArg(schema), scope.schemaArg(schema), table)) {
        while (rs.next()) {
          String fkName = rs.getString("FK_NAME");
          String target =
              scope.qualify(
                  rs.getString(scope.schemaIsCatalog() ? "PKTABLE_CAT" : "PKTABLE_SCHEM"),
                  rs.getString("PKTABLE_NAME"));
          String onUpdate = rule(rs.getShort("UPDATE_RULE"));
          String onDelete = rule(rs.getShort("DELETE_RULE"));
          ForeignKey key =
              keys.computeIfAbsent(
                  fkName == null ? "" : fkName, n -> new ForeignKey(target, onUpdate, onDelete));
          key.columns.put(rs.getInt("KEY_SEQ"), scope.show(rs.getString("FKCOLUMN_NAME")));
          key.referenced.put(rs.getInt("KEY_SEQ"), scope.show(rs.getString("PKCOLUMN_NAME")));
        }
      }
      String label = scope.qualify(schema, table);
      for (Map.Entry<String, ForeignKey> entry : keys.entrySet()) {
        ForeignKey key = entry.getValue();
        String columns = "(" + String.join(", ", key.columns.values()) + ")";
        String definition =
            columns
                + " references "
                + key.target
                + " ("
                + String.join(", ", key.referenced.values())
                + ") on update "
                + key.onUpdate
                + " on delete "
                + key.onDelete;
        String name =
            isGeneratedName(entry.getKey())
                ? "on " + label + " " + columns
                : scope.show(entry.getKey()) + " on " + label;
        out.add(
            new SchemaObject(
                "foreign key",
                name,
                scope.tableKey(schema, table),
                props("definition", definition)));
      }
    }
  }

  /** Indexes other than the primary key's: columns in order, uniqueness and filter. */
  void indexes(String schema, List<String> tables, List<SchemaObject> out) throws SQLException {
    for (String table : tables) {
      Map<String, Map<Integer, String>> columns = new LinkedHashMap<>();
      Map<String, Boolean> unique = new LinkedHashMap<>();
      Map<String, String> filters = new LinkedHashMap<>();
      try (ResultSet rs =
          metadata.getIndexInfo(
              scope.catalogArg(schema), scope.schemaArg(schema), table, false, false)) {
        while (rs.next()) {
          String name = rs.getString("INDEX_NAME");
          if (name == null
              || rs.getShort("TYPE") == DatabaseMetaData.tableIndexStatistic
              || name.equals("PRIMARY")) {
            continue;
          }
          String column = rs.getString("COLUMN_NAME");
          String order = "D".equals(rs.getString("ASC_OR_DESC")) ? " desc" : "";
          columns
              .computeIfAbsent(name, n -> new TreeMap<>())
              .put(rs.getInt("ORDINAL_POSITION"), scope.show(column) + order);
          unique.put(name, !rs.getBoolean("NON_UNIQUE"));
          filters.put(name, rs.getString("FILTER_CONDITION"));
        }
      }
      String label = scope.qualify(schema, table);
      for (String name : columns.keySet()) {
        out.add(
            new SchemaObject(
                "index",
                scope.show(name) + " on " + label,
                scope.tableKey(schema, table),
                props(
                    "columns",
                    "(" + String.join(", ", columns.get(name).values()) + ")",
                    "unique",
                    unique.get(name) ? "yes" : "no",
                    "filter",
                    filters.get(name))));
      }
    }
  }

  /** Names a database made up for an unnamed constraint; they change on every re-creation. */
  static boolean isGeneratedName(String name) {
    return name == null
        || name.isEmpty()
        || name.matches("(CONSTRAINT|PRIMARY_KEY|FK)_[0-9A-F]+")
        || name.matches("SYS_(PK|FK|IDX|CT)_\\d+");
  }

  static String normalizeDefault(String value) {
    if (value == null) {
      return null;
    }
    String trimmed = value.strip();
    Matcher cast = CAST_LITERAL.matcher(trimmed);
    return cast.matches() ? cast.group(1) : trimmed;
  }

  static String typeOf(String typeName, int dataType, int size, int digits) {
    String name = typeName == null ? "?" : typeName.toLowerCase(Locale.ROOT);
    switch (dataType) {
      case Types.CHAR, Types.VARCHAR, Types.NCHAR, Types.NVARCHAR, Types.BINARY, Types.VARBINARY:
        return size > 0 && size < 1_000_000 && !name.contains("(") ? name + "(" + size + ")" : name;
      case Types.NUMERIC, Types.DECIMAL:
        return size > 0 && size < 1000 ? name + "(" + size + "," + digits + ")" : name;
      default:
        return name;
    }
  }

  static Map<String, String> props(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }

  private static String rule(short rule) {
    return switch (rule) {
      case DatabaseMetaData.importedKeyCascade -> "cascade";
      case DatabaseMetaData.importedKeySetNull -> "set null";
      case DatabaseMetaData.importedKeySetDefault -> "set default";
      case DatabaseMetaData.importedKeyRestrict -> "restrict";
      default -> "no action";
    };
  }

  private static final class ForeignKey {
    final String target;
    final String onUpdate;
    final String onDelete;
    final Map<Integer, String> columns = new TreeMap<>();
    final Map<Integer, String> referenced = new TreeMap<>();

    ForeignKey(String target, String onUpdate, String onDelete) {
      this.target = target;
      this.onUpdate = onUpdate;
      this.onDelete = onDelete;
    }
  }
}

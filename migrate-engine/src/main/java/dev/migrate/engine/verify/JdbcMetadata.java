package dev.migrate.engine.verify;

import dev.migrate.engine.schema.Column;
import dev.migrate.engine.schema.DatabaseSchema;
import dev.migrate.engine.schema.ForeignKey;
import dev.migrate.engine.schema.Identity;
import dev.migrate.engine.schema.Index;
import dev.migrate.engine.schema.IndexKey;
import dev.migrate.engine.schema.PrimaryKey;
import dev.migrate.engine.schema.ReferentialAction;
import dev.migrate.engine.schema.SqlType;
import dev.migrate.engine.schema.Table;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portable part of a schema read, through {@link DatabaseMetaData}: tables, columns and, for
 * databases whose catalog adds nothing better, primary keys, foreign keys and indexes.
 */
public final class JdbcMetadata {
  private static final Pattern CAST_LITERAL =
      Pattern.compile("^('(?:[^']|'')*')::[a-z][a-z0-9_ ]*(\\(\\d+(,\\d+)?\\))?(\\[\\])?$");
  private static final Pattern NULL_DEFAULT =
      Pattern.compile("(?i)^null(::[a-z][a-z0-9_ ]*(\\(\\d+(,\\d+)?\\))?)?$");
  // PostgreSQL's driver calls a table in a session's temporary schema a temporary table; only a
  // scope that reads that schema (a scratch database's model side) meets one.
  private static final String[] TABLE_TYPES = {
    "TABLE", "BASE TABLE", "PARTITIONED TABLE", "TEMPORARY TABLE"
  };

  private final DatabaseMetaData metadata;
  private final Scope scope;

  /** Reads through {@code metadata}, naming objects as {@code scope} shows them. */
  public JdbcMetadata(DatabaseMetaData metadata, Scope scope) {
    this.metadata = metadata;
    this.scope = scope;
  }

  /**
   * The tables of a schema that the scope reads, without migrate's own, each added to {@code out}.
   */
  public List<String> tables(String schema, DatabaseSchema.Builder out) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (ResultSet rs =
        metadata.getTables(scope.catalogArg(schema), scope.schemaArg(schema), "%", TABLE_TYPES)) {
      while (rs.next()) {
        String name = rs.getString("TABLE_NAME");
        if (!scope.isExcluded(name) && scope.reads(schema, name)) {
          tables.add(name);
          out.table(
              Table.of(scope.qualify(schema, name)).withComment(comment(rs.getString("REMARKS"))));
        }
      }
    }
    return tables;
  }

  /** Columns of the given tables: type, nullability, default, identity and comment. */
  public void columns(String schema, List<String> tables, DatabaseSchema.Builder out)
      throws SQLException {
    columns(schema, tables, Map.of(), null, out);
  }

  /**
   * Columns, with the type taken from {@code types} and the identity from {@code identities} (both
   * keyed {@code table.column} as the database spells them) where the catalog knows them better
   * than JDBC: the values of an enum, a serial, {@code ALWAYS} or {@code BY DEFAULT}. With {@code
   * identities} null, a column JDBC calls auto-increment and that has no default is an identity by
   * default; otherwise a column missing from {@code identities} is none, and a serial's default is
   * part of the serial.
   */
  public void columns(
      String schema,
      List<String> tables,
      Map<String, String> types,
      Map<String, Identity> identities,
      DatabaseSchema.Builder out)
      throws SQLException {
    Set<String> wanted = new HashSet<>(tables);
    try (ResultSet rs =
        metadata.getColumns(scope.catalogArg(schema), scope.schemaArg(schema), "%", "%")) {
      while (rs.next()) {
        String table = rs.getString("TABLE_NAME");
        if (!wanted.contains(table)) {
          continue;
        }
        String name = rs.getString("COLUMN_NAME");
        String jdbcType =
            typeOf(
                rs.getString("TYPE_NAME"),
                rs.getInt("DATA_TYPE"),
                rs.getInt("COLUMN_SIZE"),
                rs.getInt("DECIMAL_DIGITS"));
        String defaultValue = normalizeDefault(rs.getString("COLUMN_DEF"));
        Identity identity;
        if (identities != null) {
          identity = identities.get(table + "." + name);
        } else {
          boolean auto = "YES".equals(rs.getString("IS_AUTOINCREMENT")) && defaultValue == null;
          identity = auto ? Identity.BY_DEFAULT : null;
        }
        if (identity == Identity.SERIAL) {
          defaultValue = null;
        }
        Column column =
            new Column(
                scope.show(name),
                SqlType.parse(types.getOrDefault(table + "." + name, jdbcType)),
                "YES".equals(rs.getString("IS_NULLABLE")),
                defaultValue,
                identity,
                comment(rs.getString("REMARKS")));
        out.updateTable(scope.qualify(schema, table), t -> t.withColumn(column));
      }
    }
  }

  /** The primary key of each table; a generated name is left out so that it compares equal. */
  public void primaryKeys(String schema, List<String> tables, DatabaseSchema.Builder out)
      throws SQLException {
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
        PrimaryKey key =
            new PrimaryKey(
                isGeneratedName(name) ? null : scope.show(name), List.copyOf(columns.values()));
        out.updateTable(scope.qualify(schema, table), t -> t.withPrimaryKey(key));
      }
    }
  }

  /**
   * Foreign keys; a generated name is left out, so that the key is known by its columns. JDBC says
   * whether a key is deferrable, not how it matches: that is left as {@code SIMPLE}.
   */
  public void foreignKeys(String schema, List<String> tables, DatabaseSchema.Builder out)
      throws SQLException {
    for (String table : tables) {
      Map<String, Draft> keys = new LinkedHashMap<>();
      try (ResultSet rs =
          metadata.getImportedKeys(scope.catalogArg(schema), scope.schemaArg(schema), table)) {
        while (rs.next()) {
          String fkName = rs.getString("FK_NAME");
          String target =
              scope.qualify(
                  rs.getString(scope.schemaIsCatalog() ? "PKTABLE_CAT" : "PKTABLE_SCHEM"),
                  rs.getString("PKTABLE_NAME"));
          ReferentialAction onUpdate = action(rs.getShort("UPDATE_RULE"));
          ReferentialAction onDelete = action(rs.getShort("DELETE_RULE"));
          short deferrability = rs.getShort("DEFERRABILITY");
          Draft key =
              keys.computeIfAbsent(
                  fkName == null ? "" : fkName,
                  n -> new Draft(target, onUpdate, onDelete, deferrability));
          key.columns.put(rs.getInt("KEY_SEQ"), scope.show(rs.getString("FKCOLUMN_NAME")));
          key.referenced.put(rs.getInt("KEY_SEQ"), scope.show(rs.getString("PKCOLUMN_NAME")));
        }
      }
      for (Map.Entry<String, Draft> entry : keys.entrySet()) {
        Draft d = entry.getValue();
        ForeignKey key =
            new ForeignKey(
                isGeneratedName(entry.getKey()) ? null : scope.show(entry.getKey()),
                List.copyOf(d.columns.values()),
                d.target,
                List.copyOf(d.referenced.values()),
                d.onDelete,
                d.onUpdate,
                ForeignKey.Match.SIMPLE,
                d.deferrability != DatabaseMetaData.importedKeyNotDeferrable,
                d.deferrability == DatabaseMetaData.importedKeyInitiallyDeferred);
        out.updateTable(scope.qualify(schema, table), t -> t.withForeignKey(key));
      }
    }
  }

  /** Indexes other than the primary key's: keys in order, uniqueness and filter. */
  public void indexes(String schema, List<String> tables, DatabaseSchema.Builder out)
      throws SQLException {
    for (String table : tables) {
      Map<String, Map<Integer, IndexKey>> keys = new LinkedHashMap<>();
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
          boolean descending = "D".equals(rs.getString("ASC_OR_DESC"));
          keys.computeIfAbsent(name, n -> new TreeMap<>())
              .put(
                  rs.getInt("ORDINAL_POSITION"),
                  new IndexKey(scope.show(rs.getString("COLUMN_NAME")), false, descending));
          unique.put(name, !rs.getBoolean("NON_UNIQUE"));
          filters.put(name, rs.getString("FILTER_CONDITION"));
        }
      }
      for (String name : keys.keySet()) {
        Index index =
            new Index(
                scope.show(name),
                List.copyOf(keys.get(name).values()),
                unique.get(name),
                filters.get(name),
                null,
                List.of());
        out.updateTable(scope.qualify(schema, table), t -> t.withIndex(index));
      }
    }
  }

  /**
   * Names a database made up for an unnamed constraint, which change on every re-creation, and
   * MariaDB's {@code PRIMARY}, which every primary key there has.
   */
  public static boolean isGeneratedName(String name) {
    return name == null
        || name.isEmpty()
        || name.equals("PRIMARY")
        || name.matches("(CONSTRAINT|PRIMARY_KEY|FK)_[0-9A-F]+")
        || name.matches("SYS_(PK|FK|IDX|CT)_\\d+");
  }

  /**
   * A default without the cast PostgreSQL adds to a literal: {@code 'new'}; none for {@code NULL},
   * which is what a column without default holds, and which MariaDB reports for every nullable
   * column that has none (so that setting NOT NULL on one would read as a change of default too).
   */
  public static String normalizeDefault(String value) {
    if (value == null) {
      return null;
    }
    String trimmed = value.strip();
    Matcher cast = CAST_LITERAL.matcher(trimmed);
    String normalized = cast.matches() ? cast.group(1) : trimmed;
    return NULL_DEFAULT.matcher(normalized).matches() ? null : normalized;
  }

  /** A column type as the snapshot spells it: lower case, with its length or precision if any. */
  public static String typeOf(String typeName, int dataType, int size, int digits) {
    String name = typeName == null ? "?" : typeName.toLowerCase(Locale.ROOT);
    if (name.equals("uuid")) {
      // H2 reports UUID as BINARY of 16 bytes, but "uuid(16)" is no type it accepts.
      return name;
    }
    switch (dataType) {
      case Types.CHAR, Types.VARCHAR, Types.NCHAR, Types.NVARCHAR, Types.BINARY, Types.VARBINARY:
        return size > 0 && size < 1_000_000 && !name.contains("(") ? name + "(" + size + ")" : name;
      case Types.NUMERIC, Types.DECIMAL:
        return size > 0 && size < 1000 ? name + "(" + size + "," + digits + ")" : name;
      default:
        return name;
    }
  }

  /** A table or column comment; drivers report "none" as null or as an empty string. */
  public static String comment(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  /** A nullable number column as a long. */
  public static Long longOrNull(String value) {
    return value == null ? null : Long.valueOf(value.strip());
  }

  private static ReferentialAction action(short rule) {
    return switch (rule) {
      case DatabaseMetaData.importedKeyCascade -> ReferentialAction.CASCADE;
      case DatabaseMetaData.importedKeySetNull -> ReferentialAction.SET_NULL;
      case DatabaseMetaData.importedKeySetDefault -> ReferentialAction.SET_DEFAULT;
      case DatabaseMetaData.importedKeyRestrict -> ReferentialAction.RESTRICT;
      default -> ReferentialAction.NO_ACTION;
    };
  }

  private static final class Draft {
    final String target;
    final ReferentialAction onUpdate;
    final ReferentialAction onDelete;
    final short deferrability;
    final Map<Integer, String> columns = new TreeMap<>();
    final Map<Integer, String> referenced = new TreeMap<>();

    Draft(
        String target,
        ReferentialAction onUpdate,
        ReferentialAction onDelete,
        short deferrability) {
      this.target = target;
      this.onUpdate = onUpdate;
      this.onDelete = onDelete;
      this.deferrability = deferrability;
    }
  }
}

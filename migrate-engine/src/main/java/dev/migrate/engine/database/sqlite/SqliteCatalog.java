package dev.migrate.engine.database.sqlite;

import dev.migrate.engine.database.sqlite.SqliteDdl.Token;
import dev.migrate.engine.schema.CheckConstraint;
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
import dev.migrate.engine.schema.Trigger;
import dev.migrate.engine.schema.UniqueConstraint;
import dev.migrate.engine.schema.View;
import dev.migrate.engine.verify.Catalog;
import dev.migrate.engine.verify.Rows;
import dev.migrate.engine.verify.Scope;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * SQLite's main database: columns, keys and indexes from its {@code pragma_*} table functions;
 * constraint names, checks, index expressions and predicates, triggers and views from the {@code
 * CREATE} statements that {@code sqlite_master} keeps. The indexes SQLite makes for primary keys
 * and unique constraints are covered by the constraints.
 */
final class SqliteCatalog implements Catalog {
  private static final String MAIN = "main";

  @Override
  public List<String> compared() {
    return List.of(
        "tables",
        "columns (type, nullability, default, autoincrement)",
        "primary keys",
        "unique, foreign-key and check constraints",
        "indexes",
        "views",
        "triggers");
  }

  @Override
  public Scope scope(Connection connection, Set<String> excludedTables) {
    return new Scope(List.of(MAIN), MAIN, false, false, excludedTables);
  }

  @Override
  public void read(Connection connection, Scope scope, DatabaseSchema.Builder out)
      throws SQLException {
    List<String> names = new ArrayList<>();
    Rows.each(
        connection,
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%'"
            + " ESCAPE '\\' ORDER BY name",
        null,
        rs -> names.add(rs.getString(1)));
    for (String name : names) {
      if (!scope.isExcluded(name)) {
        out.table(table(connection, name).orElseThrow());
      }
    }
    Rows.each(
        connection,
        "SELECT name, sql FROM sqlite_master WHERE type = 'view' ORDER BY name",
        null,
        rs -> out.view(View.of(rs.getString(1), SqliteDdl.after(rs.getString(2), "AS"))));
  }

  /** One table of the main database as the typed model holds it; empty when there is none. */
  static Optional<Table> table(Connection connection, String name) throws SQLException {
    String[] sql = {null};
    Rows.each(
        connection,
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name = ? COLLATE NOCASE",
        name,
        rs -> sql[0] = rs.getString(2));
    if (sql[0] == null) {
      return Optional.empty();
    }
    Definitions definitions = Definitions.of(sql[0]);
    boolean autoincrement =
        SqliteDdl.items(sql[0]).stream()
            .anyMatch(item -> SqliteDdl.tokens(item).stream().anyMatch(t -> t.is("AUTOINCREMENT")));
    List<Column> columns = new ArrayList<>();
    Map<Integer, String> primaryKey = new TreeMap<>();
    Rows.each(
        connection,
        "SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_xinfo(?)"
            + " WHERE hidden = 0 ORDER BY cid",
        name,
        rs -> {
          String type = rs.getString(2);
          columns.add(
              new Column(
                  rs.getString(1),
                  SqlType.parse(type == null || type.isBlank() ? "blob" : type),
                  rs.getInt(3) == 0,
                  rs.getString(4),
                  null,
                  null));
          if (rs.getInt(5) > 0) {
            primaryKey.put(rs.getInt(5), rs.getString(1));
          }
        });
    if (autoincrement && primaryKey.size() == 1) {
      String key = primaryKey.values().iterator().next();
      columns.replaceAll(c -> c.name().equals(key) ? c.withIdentity(Identity.BY_DEFAULT) : c);
    }
    Table table = Table.of(name).withColumns(columns);
    if (!primaryKey.isEmpty()) {
      table =
          table.withPrimaryKey(
              new PrimaryKey(definitions.primaryKeyName, List.copyOf(primaryKey.values())));
    }
    for (ForeignKey key : foreignKeys(connection, name, definitions)) {
      table = table.withForeignKey(key);
    }
    for (CheckConstraint check : definitions.checks) {
      table = table.withCheck(check);
    }
    return Optional.of(indexesAndTriggers(connection, table, definitions));
  }

  private static List<ForeignKey> foreignKeys(
      Connection connection, String table, Definitions definitions) throws SQLException {
    Map<Integer, List<String[]>> keys = new TreeMap<>();
    Rows.each(
        connection,
        "SELECT id, seq, \"table\", \"from\", \"to\", on_update, on_delete"
            + " FROM pragma_foreign_key_list(?) ORDER BY id, seq",
        table,
        rs ->
            keys.computeIfAbsent(rs.getInt(1), id -> new ArrayList<>())
                .add(
                    new String[] {
                      rs.getString(3),
                      rs.getString(4),
                      rs.getString(5),
                      rs.getString(6),
                      rs.getString(7)
                    }));
    List<ForeignKey> foreignKeys = new ArrayList<>();
    for (List<String[]> parts : keys.values()) {
      List<String> columns = parts.stream().map(p -> p[1]).toList();
      List<String> referenced = parts.stream().map(p -> p[2]).toList();
      String[] first = parts.get(0);
      foreignKeys.add(
          new ForeignKey(
              definitions.foreignKeyNames.get(Definitions.key(columns)),
              columns,
              first[0],
              // A key that names no columns refers to the primary key.
              referenced.contains(null) ? List.of() : referenced,
              action(first[4]),
              action(first[3])));
    }
    return foreignKeys;
  }

  private static Table indexesAndTriggers(
      Connection connection, Table table, Definitions definitions) throws SQLException {
    Map<String, String> indexSql = new LinkedHashMap<>();
    Rows.each(
        connection,
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ?",
        table.name(),
        rs -> indexSql.put(rs.getString(1), rs.getString(2)));
    List<String[]> indexes = new ArrayList<>();
    Rows.each(
        connection,
        "SELECT name, \"unique\", origin FROM pragma_index_list(?) ORDER BY name",
        table.name(),
        rs -> indexes.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}));
    Table result = table;
    for (String[] index : indexes) {
      String name = index[0];
      if ("u".equals(index[2])) {
        List<String> columns = indexColumns(connection, name);
        result =
            result.withUnique(
                new UniqueConstraint(
                    definitions.uniqueNames.get(Definitions.key(columns)), columns));
      } else if ("c".equals(index[2]) && indexSql.get(name) != null) {
        result = result.withIndex(index(name, "1".equals(index[1]), indexSql.get(name)));
      }
    }
    List<Trigger> triggers = new ArrayList<>();
    Rows.each(
        connection,
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
        table.name(),
        rs -> triggers.add(new Trigger(rs.getString(1), rs.getString(2))));
    return triggers.isEmpty() ? result : result.withTriggers(triggers);
  }

  private static List<String> indexColumns(Connection connection, String index)
      throws SQLException {
    List<String> columns = new ArrayList<>();
    Rows.each(
        connection,
        "SELECT name FROM pragma_index_info(?) ORDER BY seqno",
        index,
        rs -> columns.add(rs.getString(1)));
    return columns;
  }

  /** An index from its statement: keys as written (a column, or an expression), predicate. */
  private static Index index(String name, boolean unique, String sql) {
    String body = SqliteDdl.after(sql, "ON");
    String where = SqliteDdl.after(body == null ? "" : body, "WHERE");
    List<IndexKey> keys = new ArrayList<>();
    for (String key : SqliteDdl.indexKeys(sql)) {
      List<Token> tokens = SqliteDdl.tokens(key);
      boolean descending = !tokens.isEmpty() && tokens.get(tokens.size() - 1).is("DESC");
      boolean ascending = !tokens.isEmpty() && tokens.get(tokens.size() - 1).is("ASC");
      int length = tokens.size() - (descending || ascending ? 1 : 0);
      if (length == 1 && tokens.get(0).isName()) {
        keys.add(new IndexKey(tokens.get(0).text(), false, descending));
      } else {
        String text = key.strip();
        if (descending || ascending) {
          text = text.substring(0, text.length() - (descending ? 4 : 3)).strip();
        }
        keys.add(new IndexKey(text, true, descending));
      }
    }
    return new Index(name, keys, unique, where, null, List.of());
  }

  private static ReferentialAction action(String rule) {
    if (rule == null) {
      return null;
    }
    return switch (rule.toUpperCase(Locale.ROOT)) {
      case "CASCADE" -> ReferentialAction.CASCADE;
      case "SET NULL" -> ReferentialAction.SET_NULL;
      case "SET DEFAULT" -> ReferentialAction.SET_DEFAULT;
      case "RESTRICT" -> ReferentialAction.RESTRICT;
      default -> null;
    };
  }

  /** What only the CREATE TABLE text says: constraint names and check expressions. */
  private static final class Definitions {
    String primaryKeyName;
    final Map<String, String> foreignKeyNames = new HashMap<>();
    final Map<String, String> uniqueNames = new HashMap<>();
    final List<CheckConstraint> checks = new ArrayList<>();

    static String key(List<String> columns) {
      return String.join(",", columns).toLowerCase(Locale.ROOT);
    }

    static Definitions of(String createSql) {
      Definitions definitions = new Definitions();
      for (String item : SqliteDdl.items(createSql)) {
        List<Token> tokens = SqliteDdl.tokens(item);
        if (tokens.isEmpty()) {
          continue;
        }
        Token first = tokens.get(0);
        boolean tableConstraint =
            first.is("CONSTRAINT")
                || first.is("PRIMARY")
                || first.is("UNIQUE")
                || first.is("CHECK")
                || first.is("FOREIGN");
        definitions.constraints(tokens, tableConstraint ? null : first.text());
      }
      return definitions;
    }

    /** The constraints in one item: a table constraint, or a column's ({@code column} set). */
    private void constraints(List<Token> tokens, String column) {
      String name = null;
      for (int i = column == null ? 0 : 1; i < tokens.size(); i++) {
        Token token = tokens.get(i);
        Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
        if (token.is("CONSTRAINT") && next != null) {
          name = next.text();
          i++;
        } else if (token.is("CHECK") && next != null && next.kind() == Token.Kind.GROUP) {
          checks.add(new CheckConstraint(name, next.inner()));
          name = null;
          i++;
        } else if (token.is("PRIMARY")) {
          primaryKeyName = name;
          name = null;
        } else if (token.is("UNIQUE")) {
          List<String> columns =
              column != null || next == null || next.kind() != Token.Kind.GROUP
                  ? List.of(column == null ? "" : column)
                  : SqliteDdl.names(next);
          if (name != null) {
            uniqueNames.put(key(columns), name);
          }
          name = null;
        } else if (token.is("FOREIGN") && i + 2 < tokens.size()) {
          if (name != null) {
            foreignKeyNames.put(key(SqliteDdl.names(tokens.get(i + 2))), name);
          }
          name = null;
          i += 2;
        } else if (token.is("REFERENCES") && column != null) {
          if (name != null) {
            foreignKeyNames.put(key(List.of(column)), name);
          }
          name = null;
        }
      }
    }
  }
}

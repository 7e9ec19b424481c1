package dev.migrate.engine.database.sqlite;

import dev.migrate.engine.migration.AbstractRenderer;
import dev.migrate.engine.migration.ColumnType;
import dev.migrate.engine.migration.InvalidOperationException;
import dev.migrate.engine.schema.Column;
import dev.migrate.engine.schema.Constraint;
import dev.migrate.engine.schema.ConstraintKind;
import dev.migrate.engine.schema.PrimaryKey;
import dev.migrate.engine.schema.Table;
import dev.migrate.engine.schema.change.AddColumn;
import dev.migrate.engine.schema.change.AlterColumn;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * SQLite: names kept as written, types that give the right column affinity, dates as ISO strings,
 * and Alembic's batch "move and copy" for the ALTERs SQLite lacks (a column's type, nullability or
 * default, adding or dropping a constraint, dropping a column): see {@link TableRecreation}.
 */
final class SqliteRenderer extends AbstractRenderer {
  private final Connection schema;

  /**
   * @param schema where the current schema is read for a table recreation, or null when unknown
   */
  SqliteRenderer(Connection schema) {
    this.schema = schema;
  }

  @Override
  public AbstractRenderer readingSchema(Connection connection) {
    return new SqliteRenderer(connection);
  }

  @Override
  protected String quotePart(String part) {
    return '"' + part + '"';
  }

  /** Type names whose affinity keeps the values as written (TEXT for a UUID or JSON document). */
  @Override
  public String type(ColumnType t) {
    return switch (t.kind()) {
      case TEXT, JSON -> "TEXT";
      case UUID -> "CHAR(36)";
      case BINARY -> "BLOB";
      default -> super.type(t);
    };
  }

  /** An identity column is SQLite's rowid: INTEGER, numbered by AUTOINCREMENT as its key. */
  @Override
  protected String columnDefinition(Column c) {
    if (c.identity() == null) {
      return super.columnDefinition(c);
    }
    return column(c.name())
        + " INTEGER"
        + defaultClause(c.defaultValue())
        + (c.nullable() ? "" : " NOT NULL");
  }

  @Override
  protected String identityClause(dev.migrate.engine.schema.Identity identity) {
    return "";
  }

  /**
   * CREATE TABLE; an identity column that is the whole primary key is declared {@code PRIMARY KEY
   * AUTOINCREMENT} in its definition, the only place SQLite takes it.
   */
  @Override
  protected List<String> createTable(Table table) {
    Column rowid = rowidColumn(table);
    if (rowid == null) {
      return super.createTable(table);
    }
    List<String> lines = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Column c : table.columns()) {
      if (!seen.add(c.name().toLowerCase(Locale.ROOT))) {
        throw new InvalidOperationException(
            "createTable " + table.name() + ": column " + c.name() + " appears twice");
      }
      lines.add("  " + columnDefinition(c) + (c == rowid ? " PRIMARY KEY AUTOINCREMENT" : ""));
    }
    for (Constraint constraint : table.constraints()) {
      if (!(constraint instanceof PrimaryKey)) {
        lines.add("  " + constraint(constraint));
      }
    }
    return List.of(
        "CREATE TABLE " + table(table.name()) + " (\n" + String.join(",\n", lines) + "\n)");
  }

  private static Column rowidColumn(Table table) {
    if (table.primaryKey() == null || table.primaryKey().columns().size() != 1) {
      return null;
    }
    String key = table.primaryKey().columns().get(0);
    return table.columns().stream()
        .filter(c -> c.identity() != null && c.name().equalsIgnoreCase(key))
        .findFirst()
        .orElse(null);
  }

  /** A rename alone is SQLite's own; anything else recreates the table. */
  @Override
  protected List<String> alterColumn(AlterColumn a) {
    if (a.type() == null && a.nullable() == null && a.defaultValue() == null) {
      return List.of(
          "ALTER TABLE "
              + table(a.table())
              + " RENAME COLUMN "
              + column(a.column())
              + " TO "
              + column(a.newName()));
    }
    return recreation("alterColumn " + a.table() + "." + a.column(), a.table())
        .render(t -> TableChanges.alter(t, a), renames(a));
  }

  private static Map<String, String> renames(AlterColumn a) {
    return a.newName() == null ? Map.of() : Map.of(a.newName(), a.column());
  }

  /** A column that becomes the primary key needs a new table; others SQLite adds itself. */
  @Override
  protected List<String> addColumn(AddColumn a) {
    if (!a.primaryKey()) {
      return super.addColumn(a);
    }
    return recreation("addColumn " + a.table() + "." + a.column().name(), a.table())
        .render(
            t ->
                t.withColumn(a.column())
                    .withPrimaryKey(new PrimaryKey(null, List.of(a.column().name()))),
            Map.of());
  }

  /**
   * Recreated, with the indexes and constraints over the column left out (SQLite's own DROP COLUMN
   * refuses such a column); SQLite's own when the schema cannot be read (offline, past base).
   */
  @Override
  protected List<String> dropColumn(String table, String column) {
    if (schema == null) {
      return super.dropColumn(table, column);
    }
    return recreation("dropColumn " + table + "." + column, table)
        .render(t -> TableChanges.dropColumn(t, column), Map.of());
  }

  @Override
  protected List<String> addConstraint(String table, Constraint constraint) {
    return recreation("add " + constraint.kind() + " " + constraint.name() + " to " + table, table)
        .render(t -> TableChanges.add(t, constraint), Map.of());
  }

  @Override
  protected List<String> dropConstraint(String name, String table, ConstraintKind kind) {
    return recreation("dropConstraint " + name + " on " + table, table)
        .render(t -> TableChanges.drop(t, name, kind), Map.of());
  }

  @Override
  protected List<String> dropIndex(String name, String table) {
    String schemaName = schemaOf(table);
    String index = quotePart(simpleName("index", name));
    return List.of("DROP INDEX " + (schemaName == null ? "" : quotePart(schemaName) + ".") + index);
  }

  /** Statements for a recreation: this renderer's CREATE TABLE, CREATE INDEX and quoting. */
  List<String> createTableStatements(Table table) {
    return createTable(table);
  }

  List<String> createIndexStatements(String table, dev.migrate.engine.schema.Index index) {
    return createIndex(new dev.migrate.engine.schema.change.CreateIndex(table, index, false));
  }

  String quotedTable(String table) {
    return table(table);
  }

  String quotedColumn(String column) {
    return column(column);
  }

  private TableRecreation recreation(String what, String table) {
    return new TableRecreation(this, schema, what, table);
  }

  // SQLite has no DATE or TIMESTAMP literals: dates are ISO strings, which sort and compare as
  // its date functions expect.
  @Override
  public String literal(Object value) {
    if (value instanceof LocalDate d) {
      return stringLiteral(d.toString());
    } else if (value instanceof LocalTime t) {
      return stringLiteral(t.toString());
    } else if (value instanceof LocalDateTime t) {
      return stringLiteral(TIMESTAMP.format(t));
    }
    return super.literal(value);
  }

  @Override
  protected String instantLiteral(OffsetDateTime t) {
    return stringLiteral(t.toString());
  }
}

package dev.migrate.engine.migration;

import dev.migrate.engine.schema.CheckConstraint;
import dev.migrate.engine.schema.Column;
import dev.migrate.engine.schema.Constraint;
import dev.migrate.engine.schema.ConstraintKind;
import dev.migrate.engine.schema.EnumType;
import dev.migrate.engine.schema.ForeignKey;
import dev.migrate.engine.schema.Identity;
import dev.migrate.engine.schema.Index;
import dev.migrate.engine.schema.IndexKey;
import dev.migrate.engine.schema.PrimaryKey;
import dev.migrate.engine.schema.Sequence;
import dev.migrate.engine.schema.Table;
import dev.migrate.engine.schema.UniqueConstraint;
import dev.migrate.engine.schema.View;
import dev.migrate.engine.schema.change.AddColumn;
import dev.migrate.engine.schema.change.AddConstraint;
import dev.migrate.engine.schema.change.AlterColumn;
import dev.migrate.engine.schema.change.CreateEnumType;
import dev.migrate.engine.schema.change.CreateIndex;
import dev.migrate.engine.schema.change.CreateSequence;
import dev.migrate.engine.schema.change.CreateTable;
import dev.migrate.engine.schema.change.CreateView;
import dev.migrate.engine.schema.change.DropColumn;
import dev.migrate.engine.schema.change.DropConstraint;
import dev.migrate.engine.schema.change.DropEnumType;
import dev.migrate.engine.schema.change.DropIndex;
import dev.migrate.engine.schema.change.DropSequence;
import dev.migrate.engine.schema.change.DropTable;
import dev.migrate.engine.schema.change.DropView;
import dev.migrate.engine.schema.change.RenameTable;
import dev.migrate.engine.schema.change.SchemaChange;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The SQL the three databases share, types in their standard spelling; subclasses supply quoting
 * and the statements and types where they differ (altering columns, dropping indexes and some
 * constraints, renaming tables, enum types). Renders the {@link SchemaChange} values that the
 * operations API and the schema differ build.
 */
public abstract class AbstractRenderer implements SqlRenderer {
  /** Rows per INSERT statement: large enough to be fast, small enough for any packet limit. */
  static final int ROWS_PER_INSERT = 500;

  /** Timestamps without zone as literals: microseconds, as all three databases store them. */
  protected static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS", Locale.ROOT);

  static final DateTimeFormatter TIMESTAMP_TZ =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSxxx", Locale.ROOT);

  /**
   * This renderer, or one that reads the current schema from {@code connection} where a change
   * cannot be rendered from its value alone (SQLite recreates a table to alter it, and must know
   * the rest of the table). The connection sees the statements rendered so far.
   */
  public AbstractRenderer readingSchema(Connection connection) {
    return this;
  }

  /** Quotes one validated name part, folded as the database folds unquoted names. */
  protected abstract String quotePart(String part);

  /**
   * The SQL-standard spelling of a type, which H2 uses as is; the other databases override the
   * kinds they spell differently.
   */
  @Override
  public String type(ColumnType t) {
    return switch (t.kind()) {
      case SMALLINT -> "SMALLINT";
      case INTEGER -> "INTEGER";
      case BIGINT -> "BIGINT";
      case DECIMAL ->
          t.length() == 0 ? "NUMERIC" : "NUMERIC(" + t.length() + ", " + t.scale() + ")";
      case DOUBLE -> "DOUBLE PRECISION";
      case BOOLEAN -> "BOOLEAN";
      case CHAR -> "CHAR(" + t.length() + ")";
      case VARCHAR -> "VARCHAR(" + t.length() + ")";
      // Unbounded like PostgreSQL's TEXT, but comparable and indexable unlike a CLOB.
      case TEXT -> "CHARACTER VARYING";
      case DATE -> "DATE";
      case TIME -> "TIME";
      case TIMESTAMP -> "TIMESTAMP";
      case TIMESTAMP_TZ -> "TIMESTAMP WITH TIME ZONE";
      case UUID -> "UUID";
      case BINARY -> "BINARY VARYING";
      case JSON -> "JSON";
      case RAW -> t.raw();
    };
  }

  /** A qualified or simple name, validated and quoted. */
  protected final String name(String what, String name) {
    return Names.parts(what, name).stream().map(this::quotePart).collect(Collectors.joining("."));
  }

  /** A validated name that takes no schema (column, constraint, index). */
  protected static String simpleName(String what, String name) {
    return Names.simple(what, name);
  }

  /** The schema part of a qualified table name, or null. */
  protected static String schemaOf(String table) {
    return Names.schemaOf(table);
  }

  /** A table name, validated and quoted. */
  protected final String table(String table) {
    return name("table", table);
  }

  /** A column name, validated (no schema) and quoted. */
  protected final String column(String column) {
    return quotePart(Names.simple("column", column));
  }

  /** Column names, quoted and comma-separated. */
  protected final String columnList(List<String> columns) {
    return columns.stream().map(this::column).collect(Collectors.joining(", "));
  }

  /** Dispatches on the kind of change; the methods below render one kind each. */
  @Override
  public final List<String> render(SchemaChange change) {
    if (change instanceof CreateTable c) {
      return createTable(c.table());
    } else if (change instanceof DropTable d) {
      return List.of("DROP TABLE " + table(d.name()));
    } else if (change instanceof RenameTable r) {
      return renameTable(r.from(), r.to());
    } else if (change instanceof AddColumn a) {
      return addColumn(a);
    } else if (change instanceof DropColumn d) {
      return dropColumn(d.table(), d.column());
    } else if (change instanceof AlterColumn a) {
      return alterColumn(a);
    } else if (change instanceof CreateIndex c) {
      return createIndex(c);
    } else if (change instanceof DropIndex d) {
      return dropIndex(d.name(), d.table());
    } else if (change instanceof AddConstraint a) {
      return addConstraint(a.table(), a.constraint());
    } else if (change instanceof DropConstraint d) {
      return dropConstraint(d.name(), d.table(), d.kind());
    } else if (change instanceof CreateSequence c) {
      return List.of(createSequence(c.sequence()));
    } else if (change instanceof DropSequence d) {
      return List.of("DROP SEQUENCE " + name("sequence", d.name()));
    } else if (change instanceof CreateView c) {
      return createView(c.view());
    } else if (change instanceof DropView d) {
      return List.of(
          (d.definition() != null && d.definition().materialized()
                  ? "DROP MATERIALIZED VIEW "
                  : "DROP VIEW ")
              + name("view", d.name()));
    } else if (change instanceof CreateEnumType c) {
      return createEnumType(c.type());
    } else if (change instanceof DropEnumType d) {
      return dropEnumType(d.name());
    }
    throw new InvalidOperationException("Cannot render " + change);
  }

  /** CREATE TABLE with its columns and constraints. */
  protected List<String> createTable(Table table) {
    if (table.columns().isEmpty()) {
      throw new InvalidOperationException("createTable " + table.name() + ": no columns");
    }
    Set<String> seen = new HashSet<>();
    List<String> lines = new ArrayList<>();
    for (Column c : table.columns()) {
      if (!seen.add(c.name().toLowerCase(Locale.ROOT))) {
        throw new InvalidOperationException(
            "createTable " + table.name() + ": column " + c.name() + " appears twice");
      }
      lines.add("  " + columnDefinition(c));
    }
    for (Constraint constraint : table.constraints()) {
      lines.add("  " + constraint(constraint));
    }
    return List.of(
        "CREATE TABLE " + table(table.name()) + " (\n" + String.join(",\n", lines) + "\n)");
  }

  /** ALTER TABLE ... ADD COLUMN, the column becoming the primary key if the change says so. */
  protected List<String> addColumn(AddColumn a) {
    return List.of(
        "ALTER TABLE "
            + table(a.table())
            + " ADD COLUMN "
            + columnDefinition(a.column())
            + (a.primaryKey() ? " PRIMARY KEY" : ""));
  }

  /** ALTER TABLE ... DROP COLUMN. */
  protected List<String> dropColumn(String table, String column) {
    return List.of("ALTER TABLE " + table(table) + " DROP COLUMN " + column(column));
  }

  /** ALTER TABLE ... ADD a constraint. */
  protected List<String> addConstraint(String table, Constraint constraint) {
    return List.of("ALTER TABLE " + table(table) + " ADD " + constraint(constraint));
  }

  /** The statements that change a column's type, nullability or default. */
  protected abstract List<String> alterColumn(AlterColumn change);

  /** DROP INDEX in this database's words. */
  protected abstract List<String> dropIndex(String name, String table);

  /** CREATE INDEX with its keys and options. */
  protected List<String> createIndex(CreateIndex create) {
    Index index = create.index();
    List<String> keys = new ArrayList<>();
    for (IndexKey key : index.keys()) {
      keys.add(
          (key.expression() ? "(" + key.text() + ")" : column(key.text()))
              + (key.collation() == null ? "" : " COLLATE " + key.collation())
              + (key.opclass() == null ? "" : " " + key.opclass())
              + (key.descending() ? " DESC" : "")
              + (key.nulls() == null ? "" : " " + key.nulls().sql()));
    }
    return List.of(
        "CREATE "
            + (index.unique() ? "UNIQUE " : "")
            + (index.nullsNotDistinct() ? nullsNotDistinct(true) : "")
            + "INDEX "
            + concurrently(create)
            + indexName(index.name(), create.table())
            + " ON "
            + table(create.table())
            + (index.method() == null ? "" : " USING " + index.method())
            + " ("
            + String.join(", ", keys)
            + ")"
            + (index.include().isEmpty() ? "" : " INCLUDE (" + columnList(index.include()) + ")")
            + (index.nullsNotDistinct() ? nullsNotDistinct(false) : "")
            + (index.options().isEmpty()
                ? ""
                : " WITH (" + String.join(", ", index.options()) + ")")
            + (index.predicate() == null ? "" : " WHERE " + index.predicate()));
  }

  /**
   * A unique index's {@code NULLS NOT DISTINCT}, which PostgreSQL writes after the keys and H2
   * after {@code UNIQUE}: the clause for that place, or nothing.
   */
  protected String nullsNotDistinct(boolean afterUnique) {
    return afterUnique ? "" : " NULLS NOT DISTINCT";
  }

  /** Only PostgreSQL builds an index without locking writes; elsewhere the flag is ignored. */
  protected String concurrently(CreateIndex index) {
    return "";
  }

  /** The index name in CREATE INDEX; unqualified, since the index follows its table's schema. */
  protected String indexName(String name, String table) {
    return quotePart(Names.simple("index", name));
  }

  /** A constraint as ALTER TABLE ... ADD and CREATE TABLE write it. */
  protected final String constraint(Constraint constraint) {
    String named =
        constraint.name() == null
            ? ""
            : "CONSTRAINT " + quotePart(Names.simple("constraint", constraint.name())) + " ";
    if (constraint instanceof PrimaryKey pk) {
      return named + "PRIMARY KEY (" + columnList(pk.columns()) + ")";
    } else if (constraint instanceof UniqueConstraint unique) {
      if (unique.columns().isEmpty()) {
        throw new InvalidOperationException(
            "Unique constraint " + unique.name() + " has no columns");
      }
      return named
          + "UNIQUE "
          + (unique.nullsNotDistinct() ? "NULLS NOT DISTINCT " : "")
          + "("
          + columnList(unique.columns())
          + ")"
          + (unique.include().isEmpty() ? "" : " INCLUDE (" + columnList(unique.include()) + ")");
    } else if (constraint instanceof ForeignKey fk) {
      StringBuilder sql =
          new StringBuilder(named)
              .append("FOREIGN KEY (")
              .append(columnList(fk.columns()))
              .append(") REFERENCES ")
              .append(table(fk.referencedTable()))
              .append(" (")
              .append(columnList(fk.referencedColumns()))
              .append(")");
      if (fk.match() != ForeignKey.Match.SIMPLE) {
        sql.append(" MATCH ").append(fk.match().sql());
      }
      if (fk.onDelete() != null) {
        sql.append(" ON DELETE ").append(fk.onDelete().sql());
      }
      if (fk.onUpdate() != null) {
        sql.append(" ON UPDATE ").append(fk.onUpdate().sql());
      }
      if (fk.deferrable()) {
        sql.append(" DEFERRABLE").append(fk.initiallyDeferred() ? " INITIALLY DEFERRED" : "");
      }
      return sql.toString();
    } else if (constraint instanceof CheckConstraint check) {
      return named + "CHECK (" + check.expression() + ")";
    }
    throw new InvalidOperationException(
        "Cannot create " + constraint.kind() + " " + constraint.name() + ": not supported");
  }

  /** Drops a named constraint of a table. */
  protected List<String> dropConstraint(String name, String table, ConstraintKind kind) {
    return List.of(
        "ALTER TABLE "
            + table(table)
            + " DROP CONSTRAINT "
            + quotePart(Names.simple("constraint", name)));
  }

  /** {@code ALTER TABLE a RENAME TO b}: the new name stays in the table's schema. */
  protected List<String> renameTable(String from, String to) {
    List<String> target = Names.parts("table", to);
    String fromSchema = Names.schemaOf(from);
    if (target.size() == 2 && !target.get(0).equalsIgnoreCase(String.valueOf(fromSchema))) {
      throw new InvalidOperationException(
          "renameTable " + from + " -> " + to + ": a rename cannot move a table between schemas");
    }
    return List.of(
        "ALTER TABLE " + table(from) + " RENAME TO " + quotePart(target.get(target.size() - 1)));
  }

  /** CREATE SEQUENCE with the options the sequence sets. */
  protected String createSequence(Sequence s) {
    return "CREATE SEQUENCE "
        + name("sequence", s.name())
        + (s.type() == null ? "" : " AS " + s.type().sql())
        + (s.start() == null ? "" : " START WITH " + s.start())
        + (s.increment() == null ? "" : " INCREMENT BY " + s.increment())
        + (s.minimum() == null ? "" : " MINVALUE " + s.minimum())
        + (s.maximum() == null ? "" : " MAXVALUE " + s.maximum())
        + (s.cycle() ? " CYCLE" : "");
  }

  /** CREATE VIEW from its definition. */
  protected List<String> createView(View view) {
    if (view.definition() == null) {
      throw new InvalidOperationException("createView " + view.name() + ": no definition");
    }
    String query = view.definition().strip();
    while (query.endsWith(";")) {
      query = query.substring(0, query.length() - 1).stripTrailing();
    }
    List<String> statements = new ArrayList<>();
    statements.add(
        "CREATE "
            + (view.materialized() ? "MATERIALIZED " : "")
            + "VIEW "
            + name("view", view.name())
            + " AS "
            + query);
    for (Index index : view.indexes()) {
      statements.addAll(createIndex(new CreateIndex(view.name(), index, false)));
    }
    return statements;
  }

  /** Enum types are PostgreSQL's; elsewhere an enum is a column type. */
  protected List<String> createEnumType(EnumType type) {
    throw new InvalidOperationException(
        "createEnumType " + type.name() + ": this database has no enum types; use an enum column");
  }

  /** Enum types are PostgreSQL's; elsewhere there is none to drop. */
  protected List<String> dropEnumType(String name) {
    throw new InvalidOperationException(
        "dropEnumType " + name + ": this database has no enum types");
  }

  @Override
  public List<String> insert(String table, List<String> columns, List<? extends List<?>> rows) {
    if (columns.isEmpty()) {
      throw new InvalidOperationException("bulkInsert into " + table + ": no columns");
    }
    String head = "INSERT INTO " + table(table) + " (" + columnList(columns) + ") VALUES\n";
    List<String> statements = new ArrayList<>();
    for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
      List<String> tuples = new ArrayList<>();
      for (List<?> row : rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT))) {
        if (row.size() != columns.size()) {
          throw new InvalidOperationException(
              "bulkInsert into "
                  + table
                  + ": a row has "
                  + row.size()
                  + " values for "
                  + columns.size()
                  + " columns "
                  + columns);
        }
        tuples.add("  (" + row.stream().map(this::literal).collect(Collectors.joining(", ")) + ")");
      }
      statements.add(head + String.join(",\n", tuples));
    }
    return statements;
  }

  /** {@code name type [identity] [DEFAULT x] [NOT NULL]}. */
  protected String columnDefinition(Column c) {
    return column(c.name())
        + " "
        + c.type().sql()
        + identityClause(c.identity())
        + defaultClause(c.defaultValue())
        + (c.nullable() ? "" : " NOT NULL");
  }

  /** The standard's identity; a serial, which is PostgreSQL's, is the nearest: by default. */
  protected String identityClause(Identity identity) {
    if (identity == null) {
      return "";
    }
    return identity == Identity.ALWAYS
        ? " GENERATED ALWAYS AS IDENTITY"
        : " GENERATED BY DEFAULT AS IDENTITY";
  }

  /** {@code DEFAULT <expression>}, or empty without one. */
  protected static String defaultClause(String expression) {
    return expression == null ? "" : " DEFAULT " + expression;
  }

  @Override
  public String literal(Object value) {
    if (value == null) {
      return "NULL";
    } else if (value instanceof String s) {
      return stringLiteral(s);
    } else if (value instanceof Character c) {
      return stringLiteral(c.toString());
    } else if (value instanceof Boolean b) {
      return b ? "TRUE" : "FALSE";
    } else if (value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte
        || value instanceof BigInteger) {
      return value.toString();
    } else if (value instanceof BigDecimal d) {
      return d.toPlainString();
    } else if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (!Double.isFinite(d)) {
        throw new InvalidOperationException("Cannot render " + value + " as a SQL literal");
      }
      return value.toString();
    } else if (value instanceof LocalDate d) {
      return "DATE '" + d + "'";
    } else if (value instanceof LocalTime t) {
      return "TIME '" + t + "'";
    } else if (value instanceof LocalDateTime t) {
      return "TIMESTAMP '" + TIMESTAMP.format(t) + "'";
    } else if (value instanceof OffsetDateTime t) {
      return instantLiteral(t);
    } else if (value instanceof ZonedDateTime t) {
      return instantLiteral(t.toOffsetDateTime());
    } else if (value instanceof Instant t) {
      return instantLiteral(t.atOffset(ZoneOffset.UTC));
    } else if (value instanceof UUID u) {
      return stringLiteral(u.toString());
    } else if (value instanceof byte[] bytes) {
      return bytesLiteral(bytes);
    } else if (value instanceof Enum<?> e) {
      return stringLiteral(e.name());
    }
    throw new InvalidOperationException(
        "Cannot render a " + value.getClass().getName() + " as a SQL literal: " + value);
  }

  /** Standard SQL: quotes doubled; NUL cannot be stored in text on these databases. */
  protected String stringLiteral(String s) {
    if (s.indexOf('\0') >= 0) {
      throw new InvalidOperationException("A string literal cannot contain the NUL character");
    }
    return "'" + s.replace("'", "''") + "'";
  }

  /** A timestamp with zone as a literal. */
  protected String instantLiteral(OffsetDateTime t) {
    return "TIMESTAMP WITH TIME ZONE '" + TIMESTAMP_TZ.format(t) + "'";
  }

  /** A byte array as a literal. */
  protected String bytesLiteral(byte[] bytes) {
    return "X'" + HexFormat.of().formatHex(bytes) + "'";
  }
}

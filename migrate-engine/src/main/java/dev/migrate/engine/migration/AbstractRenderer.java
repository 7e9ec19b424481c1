package dev.migrate.engine.migration;

import java.math.BigDecimal;
import java.math.BigInteger;
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
 * constraints, renaming tables).
 */
abstract class AbstractRenderer implements SqlRenderer {
  /** Rows per INSERT statement: large enough to be fast, small enough for any packet limit. */
  static final int ROWS_PER_INSERT = 500;

  static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS", Locale.ROOT);
  static final DateTimeFormatter TIMESTAMP_TZ =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSxxx", Locale.ROOT);

  /** Quotes one validated name part, folded as the database folds unquoted names. */
  abstract String quotePart(String part);

  /**
   * The SQL-standard spelling of a type, which H2 uses as is; the other databases override the
   * kinds they spell differently.
   */
  String type(ColumnType t) {
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
  final String name(String what, String name) {
    return Names.parts(what, name).stream().map(this::quotePart).collect(Collectors.joining("."));
  }

  final String table(String table) {
    return name("table", table);
  }

  final String column(String column) {
    return quotePart(Names.simple("column", column));
  }

  final String columnList(List<String> columns) {
    return columns.stream().map(this::column).collect(Collectors.joining(", "));
  }

  @Override
  public List<String> createTable(String table, List<Column> columns) {
    if (columns.isEmpty()) {
      throw new InvalidOperationException("createTable " + table + ": no columns");
    }
    Set<String> seen = new HashSet<>();
    List<String> lines = new ArrayList<>();
    List<String> primaryKey = new ArrayList<>();
    for (Column c : columns) {
      if (!seen.add(c.name().toLowerCase(Locale.ROOT))) {
        throw new InvalidOperationException(
            "createTable " + table + ": column " + c.name() + " appears twice");
      }
      lines.add("  " + columnDefinition(c));
      if (c.inPrimaryKey()) {
        primaryKey.add(c.name());
      }
    }
    if (!primaryKey.isEmpty()) {
      lines.add("  PRIMARY KEY (" + columnList(primaryKey) + ")");
    }
    return List.of("CREATE TABLE " + table(table) + " (\n" + String.join(",\n", lines) + "\n)");
  }

  @Override
  public List<String> dropTable(String table) {
    return List.of("DROP TABLE " + table(table));
  }

  @Override
  public List<String> addColumn(String table, Column column) {
    return List.of(
        "ALTER TABLE "
            + table(table)
            + " ADD COLUMN "
            + columnDefinition(column)
            + (column.inPrimaryKey() ? " PRIMARY KEY" : ""));
  }

  @Override
  public List<String> dropColumn(String table, String column) {
    return List.of("ALTER TABLE " + table(table) + " DROP COLUMN " + column(column));
  }

  @Override
  public List<String> createIndex(Index index) {
    return List.of(
        "CREATE "
            + (index.isUnique() ? "UNIQUE " : "")
            + "INDEX "
            + concurrently(index)
            + indexName(index.name(), index.table())
            + " ON "
            + table(index.table())
            + " ("
            + columnList(index.columns())
            + ")");
  }

  /** Only PostgreSQL builds an index without locking writes; elsewhere the flag is ignored. */
  String concurrently(Index index) {
    return "";
  }

  /** The index name in CREATE INDEX; unqualified, since the index follows its table's schema. */
  String indexName(String name, String table) {
    return quotePart(Names.simple("index", name));
  }

  @Override
  public List<String> createForeignKey(ForeignKey fk) {
    StringBuilder sql =
        new StringBuilder("ALTER TABLE ")
            .append(table(fk.table()))
            .append(" ADD CONSTRAINT ")
            .append(quotePart(Names.simple("constraint", fk.name())))
            .append(" FOREIGN KEY (")
            .append(columnList(fk.columns()))
            .append(") REFERENCES ")
            .append(table(fk.referencedTable()))
            .append(" (")
            .append(columnList(fk.referencedColumns()))
            .append(")");
    if (fk.onDelete() != null) {
      sql.append(" ON DELETE ").append(fk.onDelete().sql());
    }
    if (fk.onUpdate() != null) {
      sql.append(" ON UPDATE ").append(fk.onUpdate().sql());
    }
    return List.of(sql.toString());
  }

  @Override
  public List<String> dropConstraint(String name, String table, ConstraintType type) {
    return List.of(
        "ALTER TABLE "
            + table(table)
            + " DROP CONSTRAINT "
            + quotePart(Names.simple("constraint", name)));
  }

  @Override
  public List<String> createUniqueConstraint(String name, String table, List<String> columns) {
    if (columns.isEmpty()) {
      throw new InvalidOperationException("Unique constraint " + name + " has no columns");
    }
    return List.of(
        "ALTER TABLE "
            + table(table)
            + " ADD CONSTRAINT "
            + quotePart(Names.simple("constraint", name))
            + " UNIQUE ("
            + columnList(columns)
            + ")");
  }

  /** {@code ALTER TABLE a RENAME TO b}: the new name stays in the table's schema. */
  @Override
  public List<String> renameTable(String from, String to) {
    List<String> target = Names.parts("table", to);
    String fromSchema = Names.schemaOf(from);
    if (target.size() == 2 && !target.get(0).equalsIgnoreCase(String.valueOf(fromSchema))) {
      throw new InvalidOperationException(
          "renameTable " + from + " -> " + to + ": a rename cannot move a table between schemas");
    }
    return List.of(
        "ALTER TABLE " + table(from) + " RENAME TO " + quotePart(target.get(target.size() - 1)));
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
  String columnDefinition(Column c) {
    return column(c.name())
        + " "
        + type(c.type())
        + (c.generatedIdentity() ? " GENERATED BY DEFAULT AS IDENTITY" : "")
        + defaultClause(c.defaultValue())
        + (c.nullable() ? "" : " NOT NULL");
  }

  final String defaultClause(ColumnDefault value) {
    return value == null ? "" : " DEFAULT " + defaultSql(value);
  }

  final String defaultSql(ColumnDefault value) {
    return value.expression() != null ? value.expression() : literal(value.value());
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
  String stringLiteral(String s) {
    if (s.indexOf('\0') >= 0) {
      throw new InvalidOperationException("A string literal cannot contain the NUL character");
    }
    return "'" + s.replace("'", "''") + "'";
  }

  String instantLiteral(OffsetDateTime t) {
    return "TIMESTAMP WITH TIME ZONE '" + TIMESTAMP_TZ.format(t) + "'";
  }

  String bytesLiteral(byte[] bytes) {
    return "X'" + HexFormat.of().formatHex(bytes) + "'";
  }
}

package dev.migrate.engine.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * H2: upper-case folding (lower-case with {@code DATABASE_TO_LOWER}) and one change per ALTER TABLE
 * statement.
 */
final class H2Renderer extends AbstractRenderer {
  private final boolean foldToLower;

  H2Renderer(boolean foldToLower) {
    this.foldToLower = foldToLower;
  }

  @Override
  String quotePart(String part) {
    return '"'
        + (foldToLower ? part.toLowerCase(Locale.ROOT) : part.toUpperCase(Locale.ROOT))
        + '"';
  }

  @Override
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

  @Override
  public List<String> alterColumn(AlterColumn a) {
    String prefix = "ALTER TABLE " + table(a.table()) + " ALTER COLUMN " + column(a.column());
    List<String> statements = new ArrayList<>();
    if (a.type() != null) {
      statements.add(prefix + " SET DATA TYPE " + type(a.type()));
    }
    if (a.nullable() != null) {
      statements.add(prefix + (a.nullable() ? " DROP NOT NULL" : " SET NOT NULL"));
    }
    if (a.newDefault() != null) {
      statements.add(prefix + " SET DEFAULT " + defaultSql(a.newDefault()));
    } else if (a.removeDefault()) {
      statements.add(prefix + " DROP DEFAULT");
    }
    if (a.newName() != null) {
      statements.add(prefix + " RENAME TO " + column(a.newName()));
    }
    return statements;
  }

  /** H2 keeps indexes in a schema and needs that schema in the name. */
  @Override
  String indexName(String name, String table) {
    String schema = Names.schemaOf(table);
    String index = quotePart(Names.simple("index", name));
    return schema == null ? index : quotePart(schema) + "." + index;
  }

  @Override
  public List<String> dropIndex(String name, String table) {
    return List.of("DROP INDEX " + indexName(name, table));
  }

  @Override
  public List<String> dropConstraint(String name, String table, ConstraintType type) {
    if (type == ConstraintType.PRIMARY_KEY) {
      return List.of("ALTER TABLE " + table(table) + " DROP PRIMARY KEY");
    }
    return List.of(
        "ALTER TABLE "
            + table(table)
            + " DROP CONSTRAINT "
            + quotePart(Names.simple("constraint", name)));
  }
}

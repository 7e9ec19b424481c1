package dev.migrate.engine.migration;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/** PostgreSQL: lower-case folding, one ALTER TABLE for several column changes, CONCURRENTLY. */
final class PostgresRenderer extends AbstractRenderer {

  @Override
  String quotePart(String part) {
    return '"' + part.toLowerCase(Locale.ROOT) + '"';
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
      case TEXT -> "TEXT";
      case DATE -> "DATE";
      case TIME -> "TIME";
      case TIMESTAMP -> "TIMESTAMP";
      case TIMESTAMP_TZ -> "TIMESTAMP WITH TIME ZONE";
      case UUID -> "UUID";
      case BINARY -> "BYTEA";
      case JSON -> "JSONB";
      case RAW -> t.raw();
    };
  }

  @Override
  public List<String> alterColumn(AlterColumn a) {
    String column = column(a.column());
    List<String> actions = new ArrayList<>();
    if (a.type() != null) {
      actions.add(
          "ALTER COLUMN "
              + column
              + " TYPE "
              + type(a.type())
              + (a.using() == null ? "" : " USING " + a.using()));
    }
    if (a.nullable() != null) {
      actions.add("ALTER COLUMN " + column + (a.nullable() ? " DROP NOT NULL" : " SET NOT NULL"));
    }
    if (a.newDefault() != null) {
      actions.add("ALTER COLUMN " + column + " SET DEFAULT " + defaultSql(a.newDefault()));
    } else if (a.removeDefault()) {
      actions.add("ALTER COLUMN " + column + " DROP DEFAULT");
    }
    List<String> statements = new ArrayList<>();
    if (!actions.isEmpty()) {
      statements.add("ALTER TABLE " + table(a.table()) + " " + String.join(", ", actions));
    }
    if (a.newName() != null) {
      statements.add(
          "ALTER TABLE "
              + table(a.table())
              + " RENAME COLUMN "
              + column
              + " TO "
              + column(a.newName()));
    }
    return statements;
  }

  @Override
  public List<String> createIndex(Index index) {
    if (!index.isConcurrent()) {
      return super.createIndex(index);
    }
    return List.of(
        "CREATE "
            + (index.isUnique() ? "UNIQUE " : "")
            + "INDEX CONCURRENTLY "
            + indexName(index.name(), index.table())
            + " ON "
            + table(index.table())
            + " ("
            + columnList(index.columns())
            + ")");
  }

  @Override
  public List<String> dropIndex(String name, String table) {
    String schema = Names.schemaOf(table);
    String index = quotePart(Names.simple("index", name));
    return List.of("DROP INDEX " + (schema == null ? "" : quotePart(schema) + ".") + index);
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
  String bytesLiteral(byte[] bytes) {
    return "'\\x" + HexFormat.of().formatHex(bytes) + "'::BYTEA";
  }
}

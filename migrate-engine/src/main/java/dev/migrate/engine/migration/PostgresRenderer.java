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
      case TEXT -> "TEXT";
      case BINARY -> "BYTEA";
      case JSON -> "JSONB";
      default -> super.type(t);
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
  String concurrently(Index index) {
    return index.isConcurrent() ? "CONCURRENTLY " : "";
  }

  @Override
  public List<String> dropIndex(String name, String table) {
    String schema = Names.schemaOf(table);
    String index = quotePart(Names.simple("index", name));
    return List.of("DROP INDEX " + (schema == null ? "" : quotePart(schema) + ".") + index);
  }

  @Override
  String bytesLiteral(byte[] bytes) {
    return "'\\x" + HexFormat.of().formatHex(bytes) + "'::BYTEA";
  }
}

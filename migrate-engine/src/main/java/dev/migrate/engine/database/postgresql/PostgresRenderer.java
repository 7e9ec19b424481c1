package dev.migrate.engine.database.postgresql;

import dev.migrate.engine.migration.AbstractRenderer;
import dev.migrate.engine.migration.ColumnType;
import dev.migrate.engine.migration.InvalidOperationException;
import dev.migrate.engine.schema.Column;
import dev.migrate.engine.schema.EnumType;
import dev.migrate.engine.schema.Identity;
import dev.migrate.engine.schema.change.AlterColumn;
import dev.migrate.engine.schema.change.CreateIndex;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * PostgreSQL: lower-case folding, one ALTER TABLE for several column changes, CONCURRENTLY, enum
 * types.
 */
final class PostgresRenderer extends AbstractRenderer {

  @Override
  protected String quotePart(String part) {
    return '"' + part.toLowerCase(Locale.ROOT) + '"';
  }

  @Override
  public String type(ColumnType t) {
    return switch (t.kind()) {
      case TEXT -> "TEXT";
      case BINARY -> "BYTEA";
      case JSON -> "JSONB";
      default -> super.type(t);
    };
  }

  /** A serial is a type here: {@code serial}, {@code bigserial}, {@code smallserial}. */
  @Override
  protected String columnDefinition(Column c) {
    if (c.identity() != Identity.SERIAL) {
      return super.columnDefinition(c);
    }
    String serial =
        switch (c.type().name()) {
          case "bigint" -> "BIGSERIAL";
          case "smallint" -> "SMALLSERIAL";
          case "integer" -> "SERIAL";
          default ->
              throw new InvalidOperationException(
                  "Column " + c.name() + ": no serial type for " + c.type());
        };
    return column(c.name())
        + " "
        + serial
        + defaultClause(c.defaultValue())
        + (c.nullable() ? "" : " NOT NULL");
  }

  @Override
  protected List<String> alterColumn(AlterColumn a) {
    String column = column(a.column());
    List<String> actions = new ArrayList<>();
    if (a.type() != null) {
      actions.add(
          "ALTER COLUMN "
              + column
              + " TYPE "
              + a.type().sql()
              + (a.using() == null ? "" : " USING " + a.using()));
    }
    if (a.nullable() != null) {
      actions.add("ALTER COLUMN " + column + (a.nullable() ? " DROP NOT NULL" : " SET NOT NULL"));
    }
    if (a.defaultValue() != null && a.defaultValue().expression() != null) {
      actions.add("ALTER COLUMN " + column + " SET DEFAULT " + a.defaultValue().expression());
    } else if (a.defaultValue() != null) {
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
  protected String concurrently(CreateIndex index) {
    return index.concurrently() ? "CONCURRENTLY " : "";
  }

  @Override
  protected List<String> dropIndex(String name, String table) {
    String schema = schemaOf(table);
    String index = quotePart(simpleName("index", name));
    return List.of("DROP INDEX " + (schema == null ? "" : quotePart(schema) + ".") + index);
  }

  @Override
  protected List<String> createEnumType(EnumType type) {
    List<String> labels = type.values().stream().map(this::stringLiteral).toList();
    return List.of(
        "CREATE TYPE "
            + name("type", type.name())
            + " AS ENUM ("
            + String.join(", ", labels)
            + ")");
  }

  @Override
  protected List<String> dropEnumType(String name) {
    return List.of("DROP TYPE " + name("type", name));
  }

  @Override
  protected String bytesLiteral(byte[] bytes) {
    return "'\\x" + HexFormat.of().formatHex(bytes) + "'::BYTEA";
  }
}

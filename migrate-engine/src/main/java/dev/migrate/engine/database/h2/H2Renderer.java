package dev.migrate.engine.database.h2;

import dev.migrate.engine.migration.AbstractRenderer;
import dev.migrate.engine.schema.ConstraintKind;
import dev.migrate.engine.schema.change.AlterColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * H2: upper-case folding (lower-case with {@code DATABASE_TO_LOWER}), one change per ALTER TABLE
 * statement, and the standard type names of {@link AbstractRenderer}.
 */
final class H2Renderer extends AbstractRenderer {
  private final boolean foldToLower;

  H2Renderer(boolean foldToLower) {
    this.foldToLower = foldToLower;
  }

  @Override
  protected String quotePart(String part) {
    return '"'
        + (foldToLower ? part.toLowerCase(Locale.ROOT) : part.toUpperCase(Locale.ROOT))
        + '"';
  }

  @Override
  protected List<String> alterColumn(AlterColumn a) {
    String prefix = "ALTER TABLE " + table(a.table()) + " ALTER COLUMN " + column(a.column());
    List<String> statements = new ArrayList<>();
    if (a.type() != null) {
      statements.add(prefix + " SET DATA TYPE " + a.type().sql());
    }
    if (a.nullable() != null) {
      statements.add(prefix + (a.nullable() ? " DROP NOT NULL" : " SET NOT NULL"));
    }
    if (a.defaultValue() != null && a.defaultValue().expression() != null) {
      statements.add(prefix + " SET DEFAULT " + a.defaultValue().expression());
    } else if (a.defaultValue() != null) {
      statements.add(prefix + " DROP DEFAULT");
    }
    if (a.newName() != null) {
      statements.add(prefix + " RENAME TO " + column(a.newName()));
    }
    return statements;
  }

  /** H2 keeps indexes in a schema and needs that schema in the name. */
  /** H2 writes it after {@code UNIQUE}: {@code CREATE UNIQUE NULLS NOT DISTINCT INDEX}. */
  @Override
  protected String nullsNotDistinct(boolean afterUnique) {
    return afterUnique ? "NULLS NOT DISTINCT " : "";
  }

  @Override
  protected String indexName(String name, String table) {
    String schema = schemaOf(table);
    String index = quotePart(simpleName("index", name));
    return schema == null ? index : quotePart(schema) + "." + index;
  }

  @Override
  protected List<String> dropIndex(String name, String table) {
    return List.of("DROP INDEX " + indexName(name, table));
  }

  @Override
  protected List<String> dropConstraint(String name, String table, ConstraintKind kind) {
    if (kind == ConstraintKind.PRIMARY_KEY) {
      return List.of("ALTER TABLE " + table(table) + " DROP PRIMARY KEY");
    }
    return super.dropConstraint(name, table, kind);
  }
}

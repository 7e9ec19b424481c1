package dev.migrate.engine.migration;

import dev.migrate.engine.database.Dialect;
import dev.migrate.engine.database.StatementRenderer;
import dev.migrate.engine.schema.change.SchemaChange;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;

/**
 * Renders schema changes as SQL for one database. One small class per database; the shared shape
 * lives in {@link AbstractRenderer}. Each method returns the statements in execution order.
 */
interface SqlRenderer extends StatementRenderer {
  /** The statements that make the change. */
  List<String> render(SchemaChange change);

  List<String> insert(String table, List<String> columns, List<? extends List<?>> rows);

  /** A value as a literal of this database. */
  String literal(Object value);

  /** A portable type in this database's words, e.g. {@code LONGTEXT} for text on MariaDB. */
  String type(ColumnType type);

  /** The renderer the dialect chose (every renderer extends {@link AbstractRenderer}). */
  static SqlRenderer of(Dialect dialect) {
    return (SqlRenderer) dialect.renderer();
  }

  /** The dialect's renderer, reading the schema from {@code schema} where it needs to. */
  static SqlRenderer of(Dialect dialect, Optional<Connection> schema) {
    AbstractRenderer renderer = (AbstractRenderer) dialect.renderer();
    return schema.isPresent() ? renderer.readingSchema(schema.get()) : renderer;
  }
}

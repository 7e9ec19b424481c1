package dev.migrate.engine.migration;

import dev.migrate.engine.dialect.Dialect;
import java.util.List;

/**
 * Renders operations as SQL for one database. One small class per database; the shared shape lives
 * in {@link AbstractRenderer}. Each method returns the statements in execution order.
 */
interface SqlRenderer {
  List<String> createTable(String table, List<Column> columns);

  List<String> dropTable(String table);

  List<String> addColumn(String table, Column column);

  List<String> dropColumn(String table, String column);

  List<String> alterColumn(AlterColumn change);

  List<String> createIndex(Index index);

  List<String> dropIndex(String name, String table);

  List<String> createForeignKey(ForeignKey foreignKey);

  List<String> createUniqueConstraint(String name, String table, List<String> columns);

  List<String> dropConstraint(String name, String table, ConstraintType type);

  List<String> renameTable(String from, String to);

  List<String> insert(String table, List<String> columns, List<? extends List<?>> rows);

  /** A value as a literal of this database. */
  String literal(Object value);

  /** The renderer for a dialect; H2 folds names as the connection does (upper unless told). */
  static SqlRenderer of(Dialect dialect) {
    return switch (dialect.kind()) {
      case POSTGRESQL -> new PostgresRenderer();
      case MARIADB, MYSQL -> new MariaDbRenderer();
      case H2 -> new H2Renderer(dialect.storedName("a").equals("a"));
    };
  }
}

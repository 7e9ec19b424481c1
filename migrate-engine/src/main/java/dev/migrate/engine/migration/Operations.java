package dev.migrate.engine.migration;

import dev.migrate.engine.common.DatabaseKind;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a {@link JavaMigration} can do. Every call renders SQL for the target database and hands it
 * to the run's sink, which executes it online or writes it out offline; so a Java migration should
 * change the database only through these methods.
 *
 * <p>Names are validated ({@code [A-Za-z_][A-Za-z0-9_]*}, optionally {@code schema.name}), always
 * quoted, and folded to the case the database gives unquoted names (lower on PostgreSQL, upper on
 * H2 unless it runs with {@code DATABASE_TO_LOWER}), so {@code createTable("users")} and a later
 * {@code execute("SELECT * FROM users")} agree. Values are rendered as escaped literals.
 */
public interface Operations {
  /** The database these operations render for. */
  DatabaseKind database();

  /**
   * The live connection when running online; empty when rendering SQL offline. Reading through it
   * is fine; changes made through it bypass the offline script.
   */
  Optional<Connection> connection();

  /** Runs one SQL statement as written (a trailing semicolon is ignored). */
  void execute(String sql);

  /** Creates a table; columns marked primary key form its (possibly composite) primary key. */
  void createTable(String table, List<Column> columns);

  /** {@link #createTable(String, List)} with the columns as arguments. */
  default void createTable(String table, Column... columns) {
    createTable(table, List.of(columns));
  }

  /** Drops a table. */
  void dropTable(String table);

  /** Adds a column to a table. */
  void addColumn(String table, Column column);

  /** Drops a column. */
  void dropColumn(String table, String column);

  /** Changes a column's type, nullability, default and/or name. */
  void alterColumn(AlterColumn change);

  /** Creates an index; {@code concurrently} on PostgreSQL needs {@code transactional = false}. */
  void createIndex(Index index);

  /** Drops an index; the table is needed by MariaDB/MySQL and names the schema elsewhere. */
  void dropIndex(String name, String table);

  /** Adds a foreign key constraint. */
  void createForeignKey(ForeignKey foreignKey);

  /** Adds a unique constraint over the columns. */
  void createUniqueConstraint(String name, String table, List<String> columns);

  /** {@link #createUniqueConstraint(String, String, List)} with the columns as arguments. */
  default void createUniqueConstraint(String name, String table, String... columns) {
    createUniqueConstraint(name, table, List.of(columns));
  }

  /** Drops a constraint; its type picks the statement MariaDB/MySQL need. */
  void dropConstraint(String name, String table, ConstraintType type);

  /** Renames a table within its schema. */
  void renameTable(String from, String to);

  /** Inserts rows given as column lists; values become escaped literals. */
  void bulkInsert(String table, List<String> columns, List<? extends List<?>> rows);

  /**
   * Inserts rows given as maps from column to value; every row must have the same columns. Column
   * order follows the first row when it keeps an order (LinkedHashMap), else it is alphabetical.
   */
  void bulkInsert(String table, List<? extends Map<String, ?>> rows);
}

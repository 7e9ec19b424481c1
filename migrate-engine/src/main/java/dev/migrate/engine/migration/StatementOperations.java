package dev.migrate.engine.migration;

import dev.migrate.engine.common.DatabaseKind;
import dev.migrate.engine.database.Dialect;
import dev.migrate.engine.schema.change.SchemaChange;
import dev.migrate.engine.sql.Statement;
import dev.migrate.engine.sql.StatementSink;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The {@link Operations} the runtime hands a Java migration: turns each call into a {@link
 * SchemaChange} value, renders it for the database and emits the statements, numbered in order, to
 * the sink; {@link #apply} does the same for a change built elsewhere (the schema differ).
 * Internal: public only for {@code script}; migrations receive it as {@link Operations}.
 */
public final class StatementOperations implements Operations {
  private final DatabaseKind database;
  private final boolean concurrentNeedsNoTransaction;
  private final SqlRenderer renderer;
  private final ChangeValues changes;
  private final StatementSink sink;
  private final Optional<Connection> connection;
  private final String migration;
  private final boolean transactional;
  private int index;

  /**
   * Operations whose renderer reads the schema, where it needs to, from the live connection.
   *
   * @param dialect the target database
   * @param sink receives the rendered statements
   * @param connection the live connection, or empty offline
   * @param migration names the migration in error messages
   * @param transactional whether the migration runs in a transaction (CONCURRENTLY needs not)
   */
  public StatementOperations(
      Dialect dialect,
      StatementSink sink,
      Optional<Connection> connection,
      String migration,
      boolean transactional) {
    this(dialect, sink, connection, connection, migration, transactional);
  }

  /**
   * @param dialect the target database
   * @param sink receives the rendered statements
   * @param connection the live connection, or empty offline
   * @param schema where the renderer may read the schema built so far (see {@code
   *     MigrationContext}), or empty
   * @param migration names the migration in error messages
   * @param transactional whether the migration runs in a transaction (CONCURRENTLY needs not)
   */
  public StatementOperations(
      Dialect dialect,
      StatementSink sink,
      Optional<Connection> connection,
      Optional<Connection> schema,
      String migration,
      boolean transactional) {
    this.database = Objects.requireNonNull(dialect, "dialect").kind();
    this.renderer = SqlRenderer.of(dialect, schema == null ? Optional.empty() : schema);
    this.changes = new ChangeValues(renderer);
    this.concurrentNeedsNoTransaction =
        dialect.nonTransactional("CREATE INDEX CONCURRENTLY").isPresent();
    this.sink = Objects.requireNonNull(sink, "sink");
    this.connection = connection == null ? Optional.empty() : connection;
    this.migration = migration;
    this.transactional = transactional;
  }

  @Override
  public DatabaseKind database() {
    return database;
  }

  @Override
  public Optional<Connection> connection() {
    return connection;
  }

  @Override
  public void execute(String sql) {
    String text = sql == null ? "" : sql.strip();
    while (text.endsWith(";")) {
      text = text.substring(0, text.length() - 1).stripTrailing();
    }
    if (text.isEmpty()) {
      throw new InvalidOperationException(migration + ": execute() needs a SQL statement");
    }
    emit(List.of(text));
  }

  @Override
  public void createTable(String table, List<Column> columns) {
    apply(changes.createTable(table, columns));
  }

  @Override
  public void dropTable(String table) {
    apply(changes.dropTable(table));
  }

  @Override
  public void addColumn(String table, Column column) {
    apply(changes.addColumn(table, column));
  }

  @Override
  public void dropColumn(String table, String column) {
    apply(changes.dropColumn(table, column));
  }

  @Override
  public void alterColumn(AlterColumn change) {
    if (change.isEmpty()) {
      throw new InvalidOperationException(
          migration
              + ": alterColumn "
              + change.table()
              + "."
              + change.column()
              + " changes nothing");
    }
    apply(changes.alterColumn(change));
  }

  @Override
  public void createIndex(Index index) {
    if (index.isConcurrent() && concurrentNeedsNoTransaction && transactional) {
      throw new InvalidOperationException(
          migration
              + ": CREATE INDEX CONCURRENTLY ("
              + index.name()
              + ") cannot run inside a transaction; declare transactional = false");
    }
    apply(changes.createIndex(index));
  }

  @Override
  public void dropIndex(String name, String table) {
    apply(changes.dropIndex(name, table));
  }

  @Override
  public void createForeignKey(ForeignKey foreignKey) {
    apply(changes.createForeignKey(foreignKey));
  }

  @Override
  public void createUniqueConstraint(String name, String table, List<String> columns) {
    apply(changes.createUniqueConstraint(name, table, columns));
  }

  @Override
  public void dropConstraint(String name, String table, ConstraintType type) {
    apply(changes.dropConstraint(name, table, Objects.requireNonNull(type, "type")));
  }

  @Override
  public void renameTable(String from, String to) {
    apply(changes.renameTable(from, to));
  }

  @Override
  public void bulkInsert(String table, List<String> columns, List<? extends List<?>> rows) {
    if (!rows.isEmpty()) {
      emit(renderer.insert(table, columns, rows));
    }
  }

  @Override
  public void bulkInsert(String table, List<? extends Map<String, ?>> rows) {
    if (rows.isEmpty()) {
      return;
    }
    Map<String, ?> first = rows.get(0);
    List<String> columns = new ArrayList<>(first.keySet());
    if (!(first instanceof LinkedHashMap || first instanceof SortedMap)) {
      // Map.of iterates in a per-JVM order; sort so that offline output is reproducible.
      columns.sort(null);
    }
    List<List<?>> values = new ArrayList<>(rows.size());
    for (Map<String, ?> row : rows) {
      if (!row.keySet().equals(first.keySet())) {
        throw new InvalidOperationException(
            migration
                + ": bulkInsert into "
                + table
                + ": every row needs the columns "
                + columns
                + ", found "
                + row.keySet());
      }
      values.add(columns.stream().map(row::get).toList());
    }
    emit(renderer.insert(table, columns, values));
  }

  /** Renders one change for the database and emits its statements. */
  public void apply(SchemaChange change) {
    emit(renderer.render(change));
  }

  private void emit(List<String> statements) {
    for (String sql : statements) {
      sink.execute(new Statement(sql, 0, ++index));
    }
  }
}

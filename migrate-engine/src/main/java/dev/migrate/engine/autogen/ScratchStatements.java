package dev.migrate.engine.autogen;

import dev.migrate.engine.database.Dialect;
import dev.migrate.engine.sql.Statement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Runs a model's DDL or a generated revision on a scratch database. Where DDL is transactional and
 * the driver pipelines a batch (PostgreSQL), statements go in transactions of up to {@link #CHUNK},
 * each sent at once: a thousand-table model is thousands of statements, and one round trip and one
 * commit each cost more than the server's work on many of them. Chunks, rather than one
 * transaction, keep the locks held under the server's lock table limit. Elsewhere, and for a
 * statement that refuses a transaction, one statement at a time.
 */
final class ScratchStatements {
  /** The first statement that failed, in the database's words. */
  record Failure(Statement statement, String message) {}

  static final int CHUNK = 200;

  private ScratchStatements() {}

  static Optional<Failure> run(Connection connection, Dialect dialect, List<Statement> statements)
      throws SQLException {
    if (!dialect.transactionalDdl() || !dialect.pipelinesStatements()) {
      return oneByOne(connection, statements);
    }
    int start = 0;
    while (start < statements.size()) {
      if (refusesTransaction(dialect, statements.get(start))) {
        Optional<Failure> failure = oneByOne(connection, List.of(statements.get(start)));
        if (failure.isPresent()) {
          return failure;
        }
        start++;
        continue;
      }
      int end = start;
      while (end < statements.size()
          && end - start < CHUNK
          && !refusesTransaction(dialect, statements.get(end))) {
        end++;
      }
      Optional<Failure> failure = batch(connection, statements.subList(start, end));
      if (failure.isPresent()) {
        return failure;
      }
      start = end;
    }
    return Optional.empty();
  }

  private static boolean refusesTransaction(Dialect dialect, Statement statement) {
    return dialect.nonTransactional(statement.sql()).isPresent();
  }

  private static Optional<Failure> batch(Connection connection, List<Statement> chunk)
      throws SQLException {
    connection.setAutoCommit(false);
    try {
      try (java.sql.Statement jdbc = connection.createStatement()) {
        for (Statement statement : chunk) {
          jdbc.addBatch(statement.sql());
        }
        jdbc.executeBatch();
        connection.commit();
        return Optional.empty();
      } catch (SQLException e) {
        connection.rollback();
        // A batch's error does not reliably say which statement failed, and a statement that
        // returns rows is refused in a batch although it runs: run the chunk again, one at a time.
        return inOneTransaction(connection, chunk);
      }
    } finally {
      connection.setAutoCommit(true);
    }
  }

  private static Optional<Failure> inOneTransaction(Connection connection, List<Statement> chunk)
      throws SQLException {
    Optional<Failure> failure = oneByOne(connection, chunk);
    if (failure.isPresent()) {
      connection.rollback();
    } else {
      connection.commit();
    }
    return failure;
  }

  /**
   * Runs each statement as the connection stands (autocommit or not); stops at the first failure.
   */
  private static Optional<Failure> oneByOne(Connection connection, List<Statement> statements)
      throws SQLException {
    try (java.sql.Statement jdbc = connection.createStatement()) {
      for (Statement statement : statements) {
        try {
          jdbc.execute(statement.sql());
        } catch (SQLException e) {
          return Optional.of(new Failure(statement, e.getMessage()));
        }
      }
    }
    return Optional.empty();
  }
}

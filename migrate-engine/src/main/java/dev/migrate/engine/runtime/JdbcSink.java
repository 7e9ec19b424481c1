package dev.migrate.engine.runtime;

import dev.migrate.engine.common.MigrateException;
import dev.migrate.engine.sql.Statement;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Executes statements on one connection; version and history rows go as one batch per step. */
final class JdbcSink implements ExecutionSink {
  private record Pending(Statement statement, int expectedRows, String mismatch) {}

  private final Connection connection;
  private final java.sql.Statement jdbc;
  private final List<Pending> batch = new ArrayList<>();
  private boolean batching;

  JdbcSink(Connection connection) {
    this.connection = connection;
    try {
      this.jdbc = connection.createStatement();
    } catch (SQLException e) {
      throw new MigrateException("Could not create a statement: " + e.getMessage(), e);
    }
  }

  @Override
  public void execute(Statement statement) {
    executeExpecting(statement, -1, null);
  }

  @Override
  public void executeExpecting(Statement statement, int expectedRows, String mismatch) {
    if (batching) {
      batch.add(new Pending(statement, expectedRows, mismatch));
      return;
    }
    try {
      jdbc.execute(statement.sql());
      if (expectedRows >= 0) {
        checkCount(jdbc.getUpdateCount(), expectedRows, mismatch);
      }
    } catch (SQLException e) {
      throw new StatementFailedException(statement, message(e), e);
    }
  }

  @Override
  public void bookkeeping(Runnable emit) {
    batching = true;
    try {
      emit.run();
    } finally {
      batching = false;
    }
    if (batch.isEmpty()) {
      return;
    }
    List<Pending> sent = List.copyOf(batch);
    batch.clear();
    try {
      for (Pending pending : sent) {
        jdbc.addBatch(pending.statement().sql());
      }
      int[] counts = jdbc.executeBatch();
      for (int i = 0; i < sent.size() && i < counts.length; i++) {
        Pending pending = sent.get(i);
        if (pending.expectedRows() >= 0 && counts[i] >= 0) {
          checkCount(counts[i], pending.expectedRows(), pending.mismatch());
        }
      }
    } catch (BatchUpdateException e) {
      int failed = e.getUpdateCounts() == null ? 0 : e.getUpdateCounts().length;
      Statement statement = sent.get(Math.min(failed, sent.size() - 1)).statement();
      throw new StatementFailedException(statement, message(e), e);
    } catch (SQLException e) {
      throw new StatementFailedException(sent.get(0).statement(), message(e), e);
    } finally {
      try {
        jdbc.clearBatch();
      } catch (SQLException e) {
        // the next batch starts clean or fails on its own
      }
    }
  }

  @Override
  public void begin() {
    try {
      if (connection.getAutoCommit()) {
        connection.setAutoCommit(false);
      }
    } catch (SQLException e) {
      throw new MigrateException("Could not begin a transaction: " + message(e), e);
    }
  }

  @Override
  public void commit() {
    try {
      connection.commit();
    } catch (SQLException e) {
      throw new MigrateException("Commit failed: " + message(e), e);
    }
  }

  @Override
  public void rollback() {
    try {
      if (!connection.getAutoCommit()) {
        connection.rollback();
      }
    } catch (SQLException e) {
      throw new MigrateException("Rollback failed: " + message(e), e);
    }
  }

  /** Leaves any transaction and runs the following statements in autocommit. */
  void autocommit() {
    try {
      if (!connection.getAutoCommit()) {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new MigrateException("Could not switch to autocommit: " + message(e), e);
    }
  }

  @Override
  public void comment(String text) {}

  @Override
  public Optional<Connection> connection() {
    return Optional.of(connection);
  }

  private static void checkCount(int found, int expected, String mismatch) {
    if (found != expected) {
      throw new MigrateException(mismatch + "; " + found + " found");
    }
  }

  static String message(SQLException e) {
    String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().trim();
    SQLException next = e.getNextException();
    if (next != null && next.getMessage() != null && !text.contains(next.getMessage())) {
      text = text + " (" + next.getMessage().trim() + ")";
    }
    return text;
  }
}

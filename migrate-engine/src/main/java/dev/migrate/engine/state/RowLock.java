package dev.migrate.engine.state;

import dev.migrate.engine.api.error.LockTimeoutException;
import dev.migrate.engine.common.MigrateException;
import dev.migrate.engine.common.Reporter;
import dev.migrate.engine.jdbc.ConnectionFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * Databases without a session lock function (H2): a row locked with {@code SELECT ... FOR UPDATE}
 * by an open transaction on a dedicated connection. The row is never changed, so nothing is ever
 * committed that could outlive the runner: a crashed runner's transaction simply ends.
 */
final class RowLock implements DatabaseLock {
  private static final long FIRST_WAIT_MILLIS = 200;
  private final Connection connection;

  private RowLock(Connection connection) {
    this.connection = connection;
  }

  static DatabaseLock acquire(
      StateTables tables, ConnectionFactory connections, Duration timeout, Reporter reporter) {
    String table = tables.qualifiedLock();
    Connection connection = connections.open();
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE IF NOT EXISTS " + table + " (id INT PRIMARY KEY)");
      ensureRow(statement, table);
      connection.setAutoCommit(false);
      long first = Math.min(FIRST_WAIT_MILLIS, timeout.toMillis());
      if (lockRow(statement, table, first)) {
        return new RowLock(connection);
      }
      reporter.info("Waiting for the migration lock (row 1 of " + table + ")");
      long rest = Math.max(0, timeout.toMillis() - first);
      if (rest > 0 && lockRow(statement, table, rest)) {
        return new RowLock(connection);
      }
      throw new LockTimeoutException(
          tables.versionTable(), timeout, "another runner holds row 1 of " + table);
    } catch (SQLException e) {
      AdvisoryLock.closeQuietly(connection);
      throw new MigrateException("Could not take the migration lock: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      AdvisoryLock.closeQuietly(connection);
      throw e;
    }
  }

  /** Inserts the lock row once; reading never waits for the holder, a MERGE would. */
  private static void ensureRow(Statement statement, String table) throws SQLException {
    try (var rs = statement.executeQuery("SELECT COUNT(*) FROM " + table + " WHERE id = 1")) {
      rs.next();
      if (rs.getInt(1) > 0) {
        return;
      }
    }
    try {
      statement.execute("INSERT INTO " + table + " (id) VALUES (1)");
    } catch (SQLException e) {
      // 23505: another runner inserted it first.
      if (!"23505".equals(e.getSQLState())) {
        throw e;
      }
    }
  }

  private static boolean lockRow(Statement statement, String table, long millis)
      throws SQLException {
    statement.execute("SET LOCK_TIMEOUT " + Math.max(1, millis));
    try {
      statement.executeQuery("SELECT id FROM " + table + " WHERE id = 1 FOR UPDATE").close();
      return true;
    } catch (SQLException e) {
      // 50200: timeout trying to lock table; anything else is a real error.
      if (e.getErrorCode() == 50200 || "HYT00".equals(e.getSQLState())) {
        return false;
      }
      throw e;
    }
  }

  @Override
  public void close() {
    try {
      connection.rollback();
    } catch (SQLException e) {
      // closing ends the transaction anyway
    } finally {
      AdvisoryLock.closeQuietly(connection);
    }
  }
}

package dev.migrate.engine.database.h2;

import dev.migrate.engine.database.LockProtocol;
import dev.migrate.engine.database.LockRequest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Databases without a session lock function (H2): a row locked with {@code SELECT ... FOR UPDATE}
 * by an open transaction. The row is never changed, so nothing is ever committed that could outlive
 * the runner: a crashed runner's transaction simply ends.
 */
final class RowLock implements LockProtocol {
  private static final long FIRST_WAIT_MILLIS = 200;

  @Override
  public Attempt prepare(Connection connection, LockRequest request) throws SQLException {
    String table = request.table();
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE IF NOT EXISTS " + table + " (id INT PRIMARY KEY)");
      ensureRow(statement, table);
    }
    connection.setAutoCommit(false);
    long timeout = request.timeout().toMillis();
    long first = Math.min(FIRST_WAIT_MILLIS, timeout);
    return new Attempt() {
      @Override
      public boolean tryLock() throws SQLException {
        return lockRow(connection, table, first);
      }

      @Override
      public boolean await() throws SQLException {
        long rest = Math.max(0, timeout - first);
        return rest > 0 && lockRow(connection, table, rest);
      }

      @Override
      public String waitingFor() {
        return "(row 1 of " + table + ")";
      }

      @Override
      public String heldBy() {
        return "another runner holds row 1 of " + table;
      }

      @Override
      public void release() throws SQLException {
        connection.rollback();
      }
    };
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

  private static boolean lockRow(Connection connection, String table, long millis)
      throws SQLException {
    try (Statement statement = connection.createStatement()) {
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
  }
}

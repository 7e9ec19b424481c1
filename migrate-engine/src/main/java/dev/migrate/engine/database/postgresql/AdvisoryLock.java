package dev.migrate.engine.database.postgresql;

import dev.migrate.engine.database.LockProtocol;
import dev.migrate.engine.database.LockRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * PostgreSQL: a session-level advisory lock ({@code pg_try_advisory_lock}), polled until the
 * timeout. Never transaction-scoped, never blocking inside the server, so a CONCURRENTLY statement
 * on the migration connection never waits for it.
 */
final class AdvisoryLock implements LockProtocol {
  private static final long POLL_MILLIS = 100;

  @Override
  public Attempt prepare(Connection connection, LockRequest request) {
    long key = request.key();
    long deadline = System.nanoTime() + request.timeout().toNanos();
    return new Attempt() {
      @Override
      public boolean tryLock() throws SQLException {
        try (PreparedStatement lock =
            connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
          lock.setLong(1, key);
          try (ResultSet rs = lock.executeQuery()) {
            rs.next();
            return rs.getBoolean(1);
          }
        }
      }

      @Override
      public boolean await() throws SQLException, InterruptedException {
        while (System.nanoTime() < deadline) {
          Thread.sleep(POLL_MILLIS);
          if (tryLock()) {
            return true;
          }
        }
        return false;
      }

      @Override
      public String waitingFor() {
        return heldBy();
      }

      @Override
      public String heldBy() {
        return "held by " + holder(connection, key);
      }

      @Override
      public void release() throws SQLException {
        try (PreparedStatement unlock =
            connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
          unlock.setLong(1, key);
          unlock.execute();
        }
      }
    };
  }

  /** Who holds the lock: pid, user, client address, application and since when. */
  private static String holder(Connection connection, long key) {
    String sql =
        "SELECT a.pid, a.usename, a.client_addr, a.application_name, a.backend_start"
            + " FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
            + " WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1"
            + " AND l.classid::bigint = ? AND l.objid::bigint = ?"
            + " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())";
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      query.setLong(1, key >>> 32);
      query.setLong(2, key & 0xFFFFFFFFL);
      try (ResultSet rs = query.executeQuery()) {
        if (rs.next()) {
          return "backend pid "
              + rs.getInt(1)
              + " (user "
              + rs.getString(2)
              + ", client "
              + (rs.getString(3) == null ? "local" : rs.getString(3))
              + ", application '"
              + rs.getString(4)
              + "', connected since "
              + rs.getString(5)
              + ")";
        }
      }
    } catch (SQLException e) {
      return "another session (" + e.getMessage() + ")";
    }
    return "another session";
  }
}

package dev.migrate.engine.state;

import dev.migrate.engine.api.error.LockTimeoutException;
import dev.migrate.engine.common.MigrateException;
import dev.migrate.engine.common.Reporter;
import dev.migrate.engine.jdbc.ConnectionFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * PostgreSQL: a session-level advisory lock ({@code pg_try_advisory_lock}) on a dedicated
 * connection, polled until the timeout. Never transaction-scoped, never blocking inside the server,
 * so a CONCURRENTLY statement on the migration connection never waits for it.
 */
final class AdvisoryLock implements DatabaseLock {
  private static final long POLL_MILLIS = 100;
  private final Connection connection;
  private final long key;

  private AdvisoryLock(Connection connection, long key) {
    this.connection = connection;
    this.key = key;
  }

  static DatabaseLock acquire(
      StateTables tables, ConnectionFactory connections, Duration timeout, Reporter reporter) {
    long key = key(tables.lockName());
    Connection connection = connections.open();
    try {
      long deadline = System.nanoTime() + timeout.toNanos();
      boolean reported = false;
      while (true) {
        if (tryLock(connection, key)) {
          return new AdvisoryLock(connection, key);
        }
        if (!reported) {
          reporter.info("Waiting for the migration lock held by " + holder(connection, key));
          reported = true;
        }
        if (System.nanoTime() >= deadline) {
          throw new LockTimeoutException(
              tables.versionTable(), timeout, "held by " + holder(connection, key));
        }
        Thread.sleep(POLL_MILLIS);
      }
    } catch (SQLException e) {
      closeQuietly(connection);
      throw new MigrateException("Could not take the migration lock: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      closeQuietly(connection);
      throw new MigrateException("Interrupted while waiting for the migration lock");
    } catch (RuntimeException e) {
      closeQuietly(connection);
      throw e;
    }
  }

  @Override
  public void close() {
    try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
      unlock.setLong(1, key);
      unlock.execute();
    } catch (SQLException e) {
      // Closing the session below releases the lock anyway.
    } finally {
      closeQuietly(connection);
    }
  }

  private static boolean tryLock(Connection connection, long key) throws SQLException {
    try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
      lock.setLong(1, key);
      try (ResultSet rs = lock.executeQuery()) {
        rs.next();
        return rs.getBoolean(1);
      }
    }
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

  /** A stable 64-bit key for the lock name. */
  static long key(String name) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
      long key = 0;
      for (int i = 0; i < 8; i++) {
        key = (key << 8) | (digest[i] & 0xFF);
      }
      return key;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static void closeQuietly(Connection connection) {
    try {
      connection.close();
    } catch (SQLException e) {
      // nothing left to release
    }
  }
}

package dev.migrate.engine.state;

import dev.migrate.engine.api.error.LockTimeoutException;
import dev.migrate.engine.common.MigrateException;
import dev.migrate.engine.common.Reporter;
import dev.migrate.engine.jdbc.ConnectionFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * MariaDB/MySQL: {@code GET_LOCK} on a dedicated connection. Named locks are server-wide, so the
 * name carries the database; they belong to the session and die with it.
 */
final class NamedLock implements DatabaseLock {
  private final Connection connection;
  private final String name;

  private NamedLock(Connection connection, String name) {
    this.connection = connection;
    this.name = name;
  }

  static DatabaseLock acquire(
      StateTables tables, ConnectionFactory connections, Duration timeout, Reporter reporter) {
    Connection connection = connections.open();
    try {
      String name = lockName(connection, tables);
      if (getLock(connection, name, 0)) {
        return new NamedLock(connection, name);
      }
      reporter.info("Waiting for the migration lock held by " + holder(connection, name));
      long seconds = Math.max(1, (timeout.toMillis() + 999) / 1000);
      if (!timeout.isZero() && getLock(connection, name, seconds)) {
        return new NamedLock(connection, name);
      }
      throw new LockTimeoutException(
          tables.versionTable(), timeout, "held by " + holder(connection, name));
    } catch (SQLException e) {
      AdvisoryLock.closeQuietly(connection);
      throw new MigrateException("Could not take the migration lock: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      AdvisoryLock.closeQuietly(connection);
      throw e;
    }
  }

  @Override
  public void close() {
    try (PreparedStatement release = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
      release.setString(1, name);
      release.execute();
    } catch (SQLException e) {
      // Closing the session below releases the lock anyway.
    } finally {
      AdvisoryLock.closeQuietly(connection);
    }
  }

  private static String lockName(Connection connection, StateTables tables) throws SQLException {
    String database;
    try (PreparedStatement query = connection.prepareStatement("SELECT DATABASE()");
        ResultSet rs = query.executeQuery()) {
      rs.next();
      database = rs.getString(1);
    }
    String name = tables.lockName() + "@" + database;
    // Lock names are limited to 64 characters.
    return name.length() <= 64 ? name : "migrate:" + Long.toHexString(AdvisoryLock.key(name));
  }

  private static boolean getLock(Connection connection, String name, long seconds)
      throws SQLException {
    try (PreparedStatement lock = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
      lock.setString(1, name);
      lock.setLong(2, seconds);
      try (ResultSet rs = lock.executeQuery()) {
        rs.next();
        return rs.getInt(1) == 1;
      }
    }
  }

  private static String holder(Connection connection, String name) {
    String sql =
        "SELECT p.ID, p.USER, p.HOST, p.TIME FROM information_schema.PROCESSLIST p"
            + " WHERE p.ID = IS_USED_LOCK(?)";
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      query.setString(1, name);
      try (ResultSet rs = query.executeQuery()) {
        if (rs.next()) {
          return "connection "
              + rs.getLong(1)
              + " (user "
              + rs.getString(2)
              + ", host "
              + rs.getString(3)
              + ", connected "
              + rs.getLong(4)
              + " s)";
        }
      }
    } catch (SQLException e) {
      return "another session (" + e.getMessage() + ")";
    }
    return "another session";
  }
}

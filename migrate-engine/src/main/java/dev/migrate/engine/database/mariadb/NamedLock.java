package dev.migrate.engine.database.mariadb;

import dev.migrate.engine.database.LockProtocol;
import dev.migrate.engine.database.LockRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * MariaDB/MySQL: {@code GET_LOCK}. Named locks are server-wide, so the name carries the database;
 * they belong to the session and die with it.
 */
final class NamedLock implements LockProtocol {

  @Override
  public Attempt prepare(Connection connection, LockRequest request) throws SQLException {
    String name = lockName(connection, request);
    Duration timeout = request.timeout();
    return new Attempt() {
      @Override
      public boolean tryLock() throws SQLException {
        return getLock(connection, name, 0);
      }

      @Override
      public boolean await() throws SQLException {
        long seconds = Math.max(1, (timeout.toMillis() + 999) / 1000);
        return !timeout.isZero() && getLock(connection, name, seconds);
      }

      @Override
      public String waitingFor() {
        return heldBy();
      }

      @Override
      public String heldBy() {
        return "held by " + holder(connection, name);
      }

      @Override
      public void release() throws SQLException {
        try (PreparedStatement release = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
          release.setString(1, name);
          release.execute();
        }
      }
    };
  }

  private static String lockName(Connection connection, LockRequest request) throws SQLException {
    String database;
    try (PreparedStatement query = connection.prepareStatement("SELECT DATABASE()");
        ResultSet rs = query.executeQuery()) {
      rs.next();
      database = rs.getString(1);
    }
    String name = request.name() + "@" + database;
    // Lock names are limited to 64 characters.
    return name.length() <= 64 ? name : "migrate:" + Long.toHexString(LockRequest.key(name));
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

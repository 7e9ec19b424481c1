package dev.migrate.engine.state;

import dev.migrate.engine.database.LockProtocol;
import java.sql.Connection;
import java.sql.SQLException;

/** A lock taken: released, then its connection closed. */
final class HeldLock implements DatabaseLock {
  private final Connection connection;
  private final LockProtocol.Attempt attempt;

  HeldLock(Connection connection, LockProtocol.Attempt attempt) {
    this.connection = connection;
    this.attempt = attempt;
  }

  @Override
  public void close() {
    try {
      attempt.release();
    } catch (SQLException e) {
      // Closing the session below releases the lock anyway.
    } finally {
      closeQuietly(connection);
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

package dev.migrate.engine.state;

import dev.migrate.engine.api.error.LockTimeoutException;
import dev.migrate.engine.common.MigrateException;
import dev.migrate.engine.common.Reporter;
import dev.migrate.engine.database.LockProtocol;
import dev.migrate.engine.database.LockRequest;
import dev.migrate.engine.jdbc.ConnectionFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * The lock that serialises runners against one database for a whole command. It lives on its own
 * connection and belongs to that session, so a crashed runner's lock dies with its connection and
 * never needs a human; the migration connection never holds a transaction for it (CREATE INDEX
 * CONCURRENTLY would wait on it).
 */
public interface DatabaseLock extends AutoCloseable {

  /** Releases the lock and closes its connection. */
  @Override
  void close();

  /**
   * Takes the lock for these tables, waiting at most {@code timeout}; logs who holds it where the
   * database can say. Throws {@link LockTimeoutException} when the wait runs out.
   */
  static DatabaseLock acquire(
      StateTables tables, ConnectionFactory connections, Duration timeout, Reporter reporter) {
    LockRequest request = new LockRequest(tables.lockName(), tables.qualifiedLock(), timeout);
    Connection connection = connections.open();
    try {
      LockProtocol.Attempt attempt = tables.dialect().lock().prepare(connection, request);
      if (!attempt.tryLock()) {
        reporter.info("Waiting for the migration lock " + attempt.waitingFor());
        if (!attempt.await()) {
          throw new LockTimeoutException(tables.versionTable(), timeout, attempt.heldBy());
        }
      }
      return new HeldLock(connection, attempt);
    } catch (SQLException e) {
      HeldLock.closeQuietly(connection);
      throw new MigrateException("Could not take the migration lock: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      HeldLock.closeQuietly(connection);
      throw new MigrateException("Interrupted while waiting for the migration lock");
    } catch (RuntimeException e) {
      HeldLock.closeQuietly(connection);
      throw e;
    }
  }
}

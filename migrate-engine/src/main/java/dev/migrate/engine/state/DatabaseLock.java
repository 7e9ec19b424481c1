package dev.migrate.engine.state;

import dev.migrate.engine.common.Reporter;
import dev.migrate.engine.jdbc.ConnectionFactory;
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
   * database can say. Throws {@link dev.migrate.engine.api.error.LockTimeoutException} when the
   * wait runs out.
   */
  static DatabaseLock acquire(
      StateTables tables, ConnectionFactory connections, Duration timeout, Reporter reporter) {
    return switch (tables.dialect().kind()) {
      case POSTGRESQL -> AdvisoryLock.acquire(tables, connections, timeout, reporter);
      case MARIADB, MYSQL -> NamedLock.acquire(tables, connections, timeout, reporter);
      case H2 -> RowLock.acquire(tables, connections, timeout, reporter);
    };
  }
}

package dev.migrate.engine.database;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * How one database takes migrate's lock on a dedicated connection. The engine's one acquire path
 * opens the connection, asks for the lock at once, reports the wait, waits for the rest of the
 * timeout and releases; the protocol supplies the database's own steps.
 */
public interface LockProtocol {

  /** Prepares {@code connection} to take the lock described by {@code request}. */
  Attempt prepare(Connection connection, LockRequest request) throws SQLException;

  /** One runner's attempt at the lock, on one connection. */
  interface Attempt {
    /** Takes the lock if it is free now (or within a short first wait). */
    boolean tryLock() throws SQLException;

    /** Waits for the lock for the rest of the timeout; false when it ran out. */
    boolean await() throws SQLException, InterruptedException;

    /** What the runner waits for, after "Waiting for the migration lock ". */
    String waitingFor();

    /** Who holds the lock, for the timeout message. */
    String heldBy();

    /** Releases the lock; closing the connection afterwards releases it anyway. */
    void release() throws SQLException;
  }
}

package dev.migrate.engine.fleet;

import dev.migrate.engine.api.TargetFailure;
import dev.migrate.engine.api.error.ConnectTimeoutException;
import dev.migrate.engine.api.error.DatabaseUnavailableException;
import dev.migrate.engine.api.error.LockTimeoutException;
import dev.migrate.engine.api.error.MigrationFailedException;
import dev.migrate.engine.api.error.UnresolvedFailureException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

/**
 * Turns a target's exception into a {@link TargetFailure}, deciding whether a retry can help: a
 * lost or refused connection, a lock held past the timeout, a deadlock or serialisation failure, a
 * server shutting down, a connection that timed out are worth retrying; a script error or a state
 * to repair is not.
 */
public final class Failures {
  private Failures() {}

  /** The failure of one target. */
  public static TargetFailure of(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (e instanceof MigrationFailedException failed) {
      return new TargetFailure(
          failed.revision(), failed.file(), failed.line(), message, retryable(e.getCause()));
    }
    if (e instanceof UnresolvedFailureException unresolved) {
      return new TargetFailure(unresolved.revision(), unresolved.file(), 0, message, false);
    }
    return new TargetFailure(null, null, 0, message, retryable(e));
  }

  /** True when the failure, or an SQL exception in its causes, is a transient one. */
  public static boolean retryable(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof LockTimeoutException
          || cause instanceof DatabaseUnavailableException
          || cause instanceof ConnectTimeoutException
          || cause instanceof SQLTransientException
          || cause instanceof SQLRecoverableException) {
        return true;
      }
      if (cause instanceof SQLException sql && transientState(sql.getSQLState())) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  /**
   * SQLSTATE classes of transient failures: 08 connection exceptions, 40001 serialisation failure,
   * 40P01 deadlock, 57P0x operator intervention (shutdown), 53300 too many connections, HYT00
   * timeout.
   */
  private static boolean transientState(String state) {
    if (state == null) {
      return false;
    }
    return state.startsWith("08")
        || state.equals("40001")
        || state.equals("40P01")
        || state.startsWith("57P0")
        || state.equals("53300")
        || state.equals("HYT00");
  }
}

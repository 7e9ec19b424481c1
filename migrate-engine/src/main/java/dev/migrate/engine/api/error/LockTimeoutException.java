package dev.migrate.engine.api.error;

import dev.migrate.engine.common.MigrateException;
import java.time.Duration;

/** The wait for another runner's migration lock ran out. */
public final class LockTimeoutException extends MigrateException {
  private final String versionTable;
  private final Duration timeout;
  private final String holder;

  /**
   * @param versionTable the version table the lock guards
   * @param timeout how long this runner waited
   * @param holder who holds the lock, as far as the database can say (e.g. {@code held by pid 42})
   */
  public LockTimeoutException(String versionTable, Duration timeout, String holder) {
    super(
        "Could not get the migration lock on "
            + versionTable
            + " within "
            + timeout.toSeconds()
            + " s: "
            + holder
            + ". Raise lockTimeout or wait for that run to finish.");
    this.versionTable = versionTable;
    this.timeout = timeout;
    this.holder = holder;
  }

  /** The version table the lock guards. */
  public String versionTable() {
    return versionTable;
  }

  /** How long this runner waited. */
  public Duration timeout() {
    return timeout;
  }

  /** Who holds the lock, as far as the database can say. */
  public String holder() {
    return holder;
  }
}

package dev.migrate.engine.api.error;

import dev.migrate.engine.common.MigrateException;

/**
 * A run in one transaction ({@code transactionMode=all}) would pass a revision marked {@code
 * transactional: false}: its statements cannot run inside the run's transaction, so the run could
 * not be rolled back as a whole. Refused before anything runs.
 */
public final class NonTransactionalInRunException extends MigrateException {
  private final String revision;
  private final String file;

  /**
   * @param revision the revision that cannot run inside the run's transaction
   * @param file the script or class it comes from
   */
  public NonTransactionalInRunException(String revision, String file) {
    super(
        "transactionMode=all runs the whole "
            + "run in one transaction, but revision "
            + revision
            + " ("
            + file
            + ") is marked 'transactional: false' and cannot run inside it. Nothing was run."
            + " Run with transactionMode=per-revision, or apply the revisions up to "
            + revision
            + " first.");
    this.revision = revision;
    this.file = file;
  }

  /** The revision that prevents the run. */
  public String revision() {
    return revision;
  }

  /** The script or class the revision comes from. */
  public String file() {
    return file;
  }
}

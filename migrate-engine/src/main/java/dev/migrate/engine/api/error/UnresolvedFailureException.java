package dev.migrate.engine.api.error;

import dev.migrate.engine.common.MigrateException;

/**
 * An earlier run failed part-way (a database whose DDL commits by itself, or a non-transactional
 * script) and nobody has resolved it yet; running again blindly could apply half a script twice.
 */
public final class UnresolvedFailureException extends MigrateException {
  private final String revision;
  private final String direction;
  private final String failedAt;
  private final String databaseMessage;

  /**
   * @param revision the revision that failed
   * @param direction upgrade or downgrade
   * @param failedAt when it failed, as the database printed it
   * @param databaseMessage what the database said then
   */
  public UnresolvedFailureException(
      String revision, String direction, String failedAt, String databaseMessage) {
    super(
        "Revision "
            + revision
            + " failed on "
            + direction
            + " at "
            + failedAt
            + ": "
            + databaseMessage
            + ". It may be partly applied. Fix the database by hand (finish or undo "
            + revision
            + "), then run 'stamp "
            + revision
            + "' if it is complete, or 'stamp' to the revision the database is really at, and"
            + " run the command again.");
    this.revision = revision;
    this.direction = direction;
    this.failedAt = failedAt;
    this.databaseMessage = databaseMessage;
  }

  /** The revision that failed. */
  public String revision() {
    return revision;
  }

  /** {@code upgrade} or {@code downgrade}. */
  public String direction() {
    return direction;
  }

  /** When it failed, as the database printed the time. */
  public String failedAt() {
    return failedAt;
  }

  /** What the database said when it failed. */
  public String databaseMessage() {
    return databaseMessage;
  }
}

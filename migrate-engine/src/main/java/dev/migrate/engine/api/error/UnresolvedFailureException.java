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

  private final String file;
  private final boolean interrupted;

  /**
   * @param revision the revision that failed
   * @param direction upgrade or downgrade
   * @param failedAt when it failed, as the database printed it
   * @param databaseMessage what the database said then
   */
  public UnresolvedFailureException(
      String revision, String direction, String failedAt, String databaseMessage) {
    this(revision, null, direction, failedAt, databaseMessage, false);
  }

  /**
   * @param revision the revision that failed or was left unfinished
   * @param file its script or class, or null when no script declares it
   * @param direction upgrade or downgrade
   * @param failedAt when it failed (for an unfinished revision: when it started), as the database
   *     printed it
   * @param databaseMessage what the database said then (null for an unfinished revision)
   * @param interrupted true when a run died inside the revision (its process ended before the
   *     revision finished or failed)
   */
  public UnresolvedFailureException(
      String revision,
      String file,
      String direction,
      String failedAt,
      String databaseMessage,
      boolean interrupted) {
    super(message(revision, file, direction, failedAt, databaseMessage, interrupted));
    this.revision = revision;
    this.file = file;
    this.direction = direction;
    this.failedAt = failedAt;
    this.databaseMessage = databaseMessage;
    this.interrupted = interrupted;
  }

  private static String message(
      String revision,
      String file,
      String direction,
      String failedAt,
      String databaseMessage,
      boolean interrupted) {
    String named = revision + (file == null ? "" : " (" + file + ")");
    String what =
        interrupted
            ? "A previous run died inside revision "
                + named
                + " during its "
                + direction
                + ", started at "
                + failedAt
                + ". It ran outside a transaction, so it may be partly "
                + (direction.equals("downgrade") ? "downgraded" : "applied")
                + ". Check the database"
            : "Revision "
                + revision
                + " failed on "
                + direction
                + " at "
                + failedAt
                + ": "
                + databaseMessage
                + ". It may be partly applied. Fix the database by hand";
    return what
        + " (finish or undo "
        + (interrupted ? revision : named)
        + "), then run 'stamp "
        + revision
        + "' if it is complete, or 'stamp' to the revision the database is really at, and"
        + " run the command again.";
  }

  /** The script or class of the revision, or null when unknown. */
  public String file() {
    return file;
  }

  /** True when a run died inside the revision rather than reporting a failure. */
  public boolean interrupted() {
    return interrupted;
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

package dev.migrate.engine.api.error;

import dev.migrate.engine.common.MigrateException;
import java.util.List;

/**
 * The database is behind the scripts where a front end runs read-only and requires it to be at the
 * heads (an application that leaves migrating to a separate job).
 */
public final class PendingRevisionsException extends MigrateException {
  private final List<String> pending;
  private final List<String> currentHeads;

  /**
   * @param pending the revisions an upgrade would apply, in order
   * @param currentHeads the database's current revisions
   */
  public PendingRevisionsException(List<String> pending, List<String> currentHeads) {
    super(
        "The database has pending revisions "
            + pending
            + " (it is at "
            + (currentHeads.isEmpty() ? "<base>" : currentHeads.toString())
            + "); run the upgrade before starting, or let this run migrate.");
    this.pending = List.copyOf(pending);
    this.currentHeads = List.copyOf(currentHeads);
  }

  /** The revisions an upgrade would apply, in order. */
  public List<String> pending() {
    return pending;
  }

  /** The database's current revisions. */
  public List<String> currentHeads() {
    return currentHeads;
  }
}

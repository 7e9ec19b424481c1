package dev.migrate.engine.state;

import dev.migrate.engine.api.error.UnresolvedFailureException;

/**
 * A step the history table records as failed and not yet resolved.
 *
 * @param revision the revision that failed
 * @param direction upgrade or downgrade
 * @param appliedAt when it failed, as the database printed it
 * @param errorMessage what the database said
 */
public record FailedStep(String revision, String direction, String appliedAt, String errorMessage) {

  /** True when a run died inside the step: its row was never completed nor replaced. */
  public boolean interrupted() {
    return HistoryTable.isUnfinished(errorMessage);
  }

  /**
   * The error a run that finds this failure unresolved refuses with.
   *
   * @param file the revision's script or class, or null when unknown
   */
  public UnresolvedFailureException unresolved(String file) {
    boolean interrupted = interrupted();
    return new UnresolvedFailureException(
        revision, file, direction, appliedAt, interrupted ? null : errorMessage, interrupted);
  }
}

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

  /** The error a run that finds this failure unresolved refuses with. */
  public UnresolvedFailureException unresolved() {
    return new UnresolvedFailureException(revision, direction, appliedAt, errorMessage);
  }
}

package dev.migrate.engine.api;

import java.util.List;

/**
 * Where the database stands against the scripts, for health checks and {@code check}.
 *
 * @param currentHeads the database's current revisions
 * @param scriptHeads the heads of the scripts
 * @param pending revisions an {@code upgrade heads} would apply, in order
 * @param upToDate true when nothing is pending
 * @param failedRevision the revision of an unresolved failure the history table records (a step
 *     that failed part-way or a run that died inside it), or null when there is none
 */
public record Status(
    List<String> currentHeads,
    List<String> scriptHeads,
    List<String> pending,
    boolean upToDate,
    String failedRevision) {
  public Status {
    currentHeads = List.copyOf(currentHeads);
    scriptHeads = List.copyOf(scriptHeads);
    pending = List.copyOf(pending);
  }

  /** A status without a recorded failure. */
  public Status(
      List<String> currentHeads, List<String> scriptHeads, List<String> pending, boolean upToDate) {
    this(currentHeads, scriptHeads, pending, upToDate, null);
  }
}

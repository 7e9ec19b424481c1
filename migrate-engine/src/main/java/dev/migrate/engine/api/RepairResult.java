package dev.migrate.engine.api;

import java.util.List;

/**
 * What {@code repair} changed in the history table, one line per change for the user.
 *
 * @param checksumsUpdated revisions whose recorded checksum now matches their edited script
 * @param failuresRemoved revisions whose failed (or unfinished) step record was removed
 * @param lines one sentence per change, in the order they were made
 */
public record RepairResult(
    List<String> checksumsUpdated, List<String> failuresRemoved, List<String> lines) {
  public RepairResult {
    checksumsUpdated = List.copyOf(checksumsUpdated);
    failuresRemoved = List.copyOf(failuresRemoved);
    lines = List.copyOf(lines);
  }

  /** True when the history table already matched the scripts. */
  public boolean nothingChanged() {
    return lines.isEmpty();
  }
}

package dev.migrate.engine.graph;

import java.util.List;

/**
 * One planned step.
 *
 * @param direction upgrade, downgrade or stamp
 * @param revision the revision whose script runs; for a stamp the destination, or null for base
 * @param from ids the step starts from, for the progress line (parents on upgrade)
 * @param to ids the step ends at
 * @param rowChanges the version-table changes, in order
 */
public record Step(
    Direction direction,
    Revision revision,
    List<String> from,
    List<String> to,
    List<RowChange> rowChanges) {
  public Step {
    from = List.copyOf(from);
    to = List.copyOf(to);
    rowChanges = List.copyOf(rowChanges);
  }
}

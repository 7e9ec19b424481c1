package dev.migrate.engine.graph;

import java.util.ArrayList;
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

  /** The version rows after this step, replayed from the rows before it. */
  public List<String> rowsAfter(List<String> rows) {
    List<String> after = new ArrayList<>(rows);
    for (RowChange change : rowChanges) {
      change.replay(after);
    }
    return after;
  }

  /** A plan of this one step, from the given version rows. */
  public Plan alone(List<String> rows) {
    return new Plan(List.of(this), rows, rowsAfter(rows));
  }
}

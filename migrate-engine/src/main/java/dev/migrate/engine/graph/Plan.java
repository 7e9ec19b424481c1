package dev.migrate.engine.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * An ordered list of steps from one set of version rows to another.
 *
 * @param steps in execution order
 * @param headsBefore version rows the plan starts from
 * @param headsAfter version rows after the last step
 * @param redundantRows version rows that are ancestors of another row (Alembic can leave such
 *     rows), which the first step deletes; none when the plan has no step
 */
public record Plan(
    List<Step> steps,
    List<String> headsBefore,
    List<String> headsAfter,
    List<String> redundantRows) {
  public Plan {
    steps = List.copyOf(steps);
    headsBefore = List.copyOf(headsBefore);
    headsAfter = List.copyOf(headsAfter);
    redundantRows = List.copyOf(redundantRows);
  }

  /** A plan over version rows with no redundant row. */
  public Plan(List<Step> steps, List<String> headsBefore, List<String> headsAfter) {
    this(steps, headsBefore, headsAfter, List.of());
  }

  public boolean isEmpty() {
    return steps.isEmpty();
  }

  /**
   * This plan, tidying the version table on its way: its first step also deletes the redundant
   * rows, so that the table holds only the rows that say something after the next write. A plan
   * that writes nothing leaves them (they do no harm; the reading leaves them out).
   */
  Plan deleting(List<String> redundant) {
    if (redundant.isEmpty() || steps.isEmpty()) {
      return this;
    }
    List<RowChange> first = new ArrayList<>();
    for (String row : redundant) {
      first.add(new RowChange.Delete(row));
    }
    Step step = steps.get(0);
    first.addAll(step.rowChanges());
    List<Step> tidied = new ArrayList<>(steps);
    tidied.set(0, new Step(step.direction(), step.revision(), step.from(), step.to(), first));
    return new Plan(tidied, headsBefore, headsAfter, redundant);
  }
}

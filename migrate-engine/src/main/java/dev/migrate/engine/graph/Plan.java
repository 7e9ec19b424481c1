package dev.migrate.engine.graph;

import java.util.List;

/**
 * An ordered list of steps from one set of version rows to another.
 *
 * @param steps in execution order
 * @param headsBefore version rows the plan starts from
 * @param headsAfter version rows after the last step
 */
public record Plan(List<Step> steps, List<String> headsBefore, List<String> headsAfter) {
  public Plan {
    steps = List.copyOf(steps);
    headsBefore = List.copyOf(headsBefore);
    headsAfter = List.copyOf(headsAfter);
  }

  public boolean isEmpty() {
    return steps.isEmpty();
  }
}

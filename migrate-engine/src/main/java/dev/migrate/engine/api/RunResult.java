package dev.migrate.engine.api;

import java.time.Duration;
import java.util.List;

/**
 * What an upgrade, downgrade or stamp did.
 *
 * @param command {@code upgrade}, {@code downgrade} or {@code stamp}
 * @param steps the steps run, in order
 * @param headsBefore version rows before the run
 * @param headsAfter version rows after the run
 * @param elapsed wall time of the whole command, lock wait included
 */
public record RunResult(
    String command,
    List<AppliedStep> steps,
    List<String> headsBefore,
    List<String> headsAfter,
    Duration elapsed) {
  public RunResult {
    steps = List.copyOf(steps);
    headsBefore = List.copyOf(headsBefore);
    headsAfter = List.copyOf(headsAfter);
  }

  /** One line for the end of a run, e.g. {@code Upgraded 3 revisions in 0.41 s; heads: a1b2c3}. */
  public String summary() {
    String verb =
        switch (command) {
          case "upgrade" -> "Upgraded";
          case "downgrade" -> "Downgraded";
          default -> "Stamped";
        };
    String heads = headsAfter.isEmpty() ? "<base>" : String.join(", ", headsAfter);
    return String.format(
        "%s %d revision%s in %.2f s; heads: %s",
        verb, steps.size(), steps.size() == 1 ? "" : "s", elapsed.toMillis() / 1000.0, heads);
  }
}

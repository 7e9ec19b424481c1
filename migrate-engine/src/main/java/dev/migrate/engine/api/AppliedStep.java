package dev.migrate.engine.api;

import java.util.List;

/**
 * One step as it ran.
 *
 * @param direction {@code upgrade}, {@code downgrade} or {@code stamp_revision}
 * @param from revision ids before the step (parents on upgrade), may be empty for a base
 * @param to revision ids after the step
 * @param message the revision's message, empty for stamps
 * @param millis execution time
 */
public record AppliedStep(
    String direction, List<String> from, List<String> to, String message, long millis) {
  public AppliedStep {
    from = List.copyOf(from);
    to = List.copyOf(to);
    message = message == null ? "" : message;
  }

  /**
   * The progress line: {@code Running upgrade 3abc3b73b4a9 -> 83e20b278cac, add workflow state}.
   */
  public String line() {
    String text =
        "Running " + direction + " " + String.join(", ", from) + " -> " + String.join(", ", to);
    return message.isEmpty() ? text : text + ", " + message;
  }
}

package dev.migrate.engine.api;

import java.time.Duration;
import java.util.List;

/**
 * One fleet target's outcome.
 *
 * @param target the target's name (its schema, its {@code {tenant}} value, or its masked URL)
 * @param outcome what happened
 * @param heads the target's version rows after the command (empty when unknown or at base)
 * @param detail one line for people: what ran, what is pending, what was found
 * @param failure why it failed, or null
 * @param elapsed the target's wall time
 */
public record TargetResult(
    String target,
    Outcome outcome,
    List<String> heads,
    String detail,
    TargetFailure failure,
    Duration elapsed) {

  /** What a command found or did on one target. */
  public enum Outcome {
    /** At the script heads; nothing ran. */
    UP_TO_DATE,
    /** The command ran steps (upgrade, downgrade, stamp). */
    CHANGED,
    /** Behind the scripts, or with findings ({@code status}, {@code check}). */
    PENDING,
    /** The command failed on this target. */
    FAILED,
    /** Not started: an earlier target failed under {@code failFast}. */
    NOT_RUN
  }

  public TargetResult {
    heads = List.copyOf(heads);
  }

  /** The line printed as the target finishes, its name first. */
  public String line() {
    String time = String.format(" (%.2f s)", elapsed.toMillis() / 1000.0);
    return switch (outcome) {
      case FAILED ->
          target
              + ": FAILED"
              + (failure.where().isEmpty() ? "" : " at " + failure.where())
              + (failure.retryable() ? " [retryable]" : "")
              + ": "
              + failure.message().strip().replace('\n', ' ')
              + time;
      case NOT_RUN -> target + ": not run (" + detail + ")";
      default -> target + ": " + detail + time;
    };
  }
}

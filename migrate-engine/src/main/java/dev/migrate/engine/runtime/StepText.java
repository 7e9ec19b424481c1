package dev.migrate.engine.runtime;

import dev.migrate.engine.api.AppliedStep;
import dev.migrate.engine.graph.Direction;
import dev.migrate.engine.graph.Step;
import dev.migrate.engine.script.Migration;

/** How a step reads: its progress line, its comment in a rendered script, its history direction. */
final class StepText {
  private StepText() {}

  /** The step as a result value; its line is the progress line. */
  static AppliedStep describe(Step step, long millis) {
    String direction =
        switch (step.direction()) {
          case UPGRADE -> "upgrade";
          case DOWNGRADE -> "downgrade";
          case STAMP -> "stamp_revision";
        };
    String message =
        step.revision() == null || step.direction() == Direction.STAMP
            ? ""
            : firstLine(step.revision().message());
    return new AppliedStep(direction, step.from(), step.to(), message, millis);
  }

  /** The comment above the step's statements in a rendered script. */
  static String comment(Step step, Migration migration) {
    String line = "Running " + describe(step, 0).line().substring("Running ".length());
    if (step.revision() == null) {
      return line;
    }
    return line
        + "\nRevision "
        + step.revision().id()
        + (migration == null ? "" : " from " + fileName(step.revision().source()));
  }

  static String revisionId(Step step) {
    return step.revision() == null ? null : step.revision().id();
  }

  /** The direction as the history table records it. */
  static String directionName(Direction direction) {
    return switch (direction) {
      case UPGRADE -> "upgrade";
      case DOWNGRADE -> "downgrade";
      case STAMP -> "stamp";
    };
  }

  /** The file's name only: absolute paths would make rendered scripts differ between machines. */
  static String fileName(String source) {
    int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
    return slash < 0 ? source : source.substring(slash + 1);
  }

  private static String firstLine(String text) {
    String line = text == null ? "" : text.strip();
    int newline = line.indexOf('\n');
    return newline < 0 ? line : line.substring(0, newline).strip();
  }
}

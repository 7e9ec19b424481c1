package dev.migrate.engine.testing;

import dev.migrate.engine.common.Reporter;
import java.util.List;

/** Reporters that collect lines, for asserting on what a run says. */
public final class Reporters {
  private Reporters() {}

  /** Collects the info lines, and the warnings prefixed {@code WARN}. */
  public static Reporter into(List<String> lines) {
    return new Reporter() {
      @Override
      public void info(String message) {
        lines.add(message);
      }

      @Override
      public void warn(String message) {
        lines.add("WARN " + message);
      }

      @Override
      public void debug(String message) {}
    };
  }

  /** Collects the debug lines only (what {@code --debug} would show). */
  public static Reporter debugInto(List<String> lines) {
    return new Reporter() {
      @Override
      public void info(String message) {}

      @Override
      public void warn(String message) {}

      @Override
      public void debug(String message) {
        lines.add(message);
      }
    };
  }
}

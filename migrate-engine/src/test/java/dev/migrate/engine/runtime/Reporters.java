package dev.migrate.engine.runtime;

import dev.migrate.engine.common.Reporter;
import java.util.List;

/** A reporter that collects lines, for asserting on progress output. */
final class Reporters {
  private Reporters() {}

  static Reporter into(List<String> lines) {
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
}

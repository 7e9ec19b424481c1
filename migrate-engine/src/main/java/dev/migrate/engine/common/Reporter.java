package dev.migrate.engine.common;

/**
 * Where the engine writes progress and diagnostics; the plugin adapts Maven's log, the CLI stderr.
 */
public interface Reporter {
  void info(String message);

  void warn(String message);

  void debug(String message);

  /** A reporter that drops everything, for embedding and tests. */
  static Reporter silent() {
    return new Reporter() {
      @Override
      public void info(String message) {}

      @Override
      public void warn(String message) {}

      @Override
      public void debug(String message) {}
    };
  }

  /**
   * This reporter with its info lines moved to debug, for work whose step-by-step progress would
   * drown what the user asked for (the runs on a scratch database).
   */
  default Reporter quieter() {
    Reporter reporter = this;
    return new Reporter() {
      @Override
      public void info(String message) {
        reporter.debug(message);
      }

      @Override
      public void warn(String message) {
        reporter.warn(message);
      }

      @Override
      public void debug(String message) {
        reporter.debug(message);
      }
    };
  }
}

package dev.migrate.maven;

import dev.migrate.engine.common.Reporter;
import org.apache.maven.plugin.logging.Log;

/** The engine's progress lines, written to Maven's log. */
final class MavenReporter implements Reporter {
  private final Log log;

  MavenReporter(Log log) {
    this.log = log;
  }

  @Override
  public void info(String message) {
    log.info(message);
  }

  @Override
  public void warn(String message) {
    log.warn(message);
  }

  @Override
  public void debug(String message) {
    log.debug(message);
  }
}

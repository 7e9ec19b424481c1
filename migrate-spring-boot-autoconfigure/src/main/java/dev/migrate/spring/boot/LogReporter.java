package dev.migrate.spring.boot;

import dev.migrate.engine.common.Reporter;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/** The engine's progress lines in the application's log, one logger per migrated DataSource. */
final class LogReporter implements Reporter {
  private final Log log;
  private final String prefix;

  LogReporter(String dataSourceName) {
    this.log = LogFactory.getLog("dev.migrate");
    this.prefix = dataSourceName == null ? "" : "[" + dataSourceName + "] ";
  }

  @Override
  public void info(String message) {
    log.info(prefix + message);
  }

  @Override
  public void warn(String message) {
    log.warn(prefix + message);
  }

  @Override
  public void debug(String message) {
    if (log.isDebugEnabled()) {
      log.debug(prefix + message);
    }
  }
}

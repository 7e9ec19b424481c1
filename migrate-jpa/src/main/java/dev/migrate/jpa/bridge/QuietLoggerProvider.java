package dev.migrate.jpa.bridge;

import java.util.Map;
import org.jboss.logging.Logger;
import org.jboss.logging.LoggerProvider;

/**
 * Hibernate's logging inside a model loader: none. A build or a CLI run prints migrate's lines
 * only; what goes wrong reaches the user as the exception Hibernate throws, which the caller words.
 * Without this, jboss-logging would pick whatever backend the project's class path holds (and
 * Logback's default prints every DEBUG line).
 */
public final class QuietLoggerProvider implements LoggerProvider {

  @Override
  public Logger getLogger(String name) {
    return new QuietLogger(name);
  }

  @Override
  public void clearMdc() {}

  @Override
  public Object putMdc(String key, Object value) {
    return null;
  }

  @Override
  public Object getMdc(String key) {
    return null;
  }

  @Override
  public void removeMdc(String key) {}

  @Override
  public Map<String, Object> getMdcMap() {
    return Map.of();
  }

  @Override
  public void clearNdc() {}

  @Override
  public String getNdc() {
    return null;
  }

  @Override
  public int getNdcDepth() {
    return 0;
  }

  @Override
  public String popNdc() {
    return null;
  }

  @Override
  public String peekNdc() {
    return null;
  }

  @Override
  public void pushNdc(String message) {}

  @Override
  public void setNdcMaxDepth(int maxDepth) {}

  private static final class QuietLogger extends Logger {
    private static final long serialVersionUID = 1L;

    QuietLogger(String name) {
      super(name);
    }

    @Override
    public boolean isEnabled(Level level) {
      return false;
    }

    @Override
    protected void doLog(
        Level level,
        String loggerClassName,
        Object message,
        Object[] parameters,
        Throwable thrown) {}

    @Override
    protected void doLogf(
        Level level,
        String loggerClassName,
        String format,
        Object[] parameters,
        Throwable thrown) {}
  }
}

package dev.migrate.engine.common;

/**
 * Base of every error the engine reports. The message is written for the user: it names what failed
 * and where (file, line, revision, the database's own words) and never contains a password.
 */
public class MigrateException extends RuntimeException {
  public MigrateException(String message) {
    super(message);
  }

  public MigrateException(String message, Throwable cause) {
    super(message, cause);
  }
}

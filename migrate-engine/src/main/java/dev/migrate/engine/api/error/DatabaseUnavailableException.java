package dev.migrate.engine.api.error;

import dev.migrate.engine.common.MigrateException;

/** No connection could be opened; the message names host and port, never the password. */
public final class DatabaseUnavailableException extends MigrateException {
  public DatabaseUnavailableException(String message) {
    super(message);
  }
}

package dev.migrate.engine.api.error;

import dev.migrate.engine.common.MigrateException;

/**
 * A throwaway database (for {@code verify} or autogenerate) could not be created, reached or
 * dropped; the message names the server (password masked) and what it said.
 */
public final class ScratchDatabaseException extends MigrateException {
  public ScratchDatabaseException(String message, Throwable cause) {
    super(message, cause);
  }
}

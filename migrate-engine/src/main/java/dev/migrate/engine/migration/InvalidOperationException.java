package dev.migrate.engine.migration;

import dev.migrate.engine.common.MigrateException;

/** An operation that cannot be rendered: a bad name, a missing type, an unsupported value. */
public class InvalidOperationException extends MigrateException {
  public InvalidOperationException(String message) {
    super(message);
  }
}

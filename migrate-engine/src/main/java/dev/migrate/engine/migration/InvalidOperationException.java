package dev.migrate.engine.migration;

import dev.migrate.engine.common.MigrateException;

/** An operation that cannot be rendered: a bad name, a missing type, an unsupported value. */
public class InvalidOperationException extends MigrateException {
  /** An operation that cannot be rendered, with what is wrong in its words. */
  public InvalidOperationException(String message) {
    super(message);
  }
}

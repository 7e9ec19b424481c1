package dev.migrate.engine.script;

import dev.migrate.engine.common.MigrateException;

/** {@code revision} or {@code merge} cannot write the script it was asked for. */
public class RevisionWriteException extends MigrateException {
  public RevisionWriteException(String message) {
    super(message);
  }
}

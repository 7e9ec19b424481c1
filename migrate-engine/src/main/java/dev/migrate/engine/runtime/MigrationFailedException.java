package dev.migrate.engine.runtime;

import dev.migrate.engine.common.MigrateException;

/**
 * A revision failed: the message names the revision, its file, the statement number and line, the
 * database's own words and what state the database was left in.
 */
public final class MigrationFailedException extends MigrateException {
  private final String revision;

  public MigrationFailedException(String revision, String message, Throwable cause) {
    super(message, cause);
    this.revision = revision;
  }

  public String revision() {
    return revision;
  }
}

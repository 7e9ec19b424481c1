package dev.migrate.engine.api.error;

import dev.migrate.engine.common.MigrateException;

/** A command that needs a database ran with neither a URL nor a data source configured. */
public final class NoDatabaseException extends MigrateException {
  public NoDatabaseException() {
    super("No database configured: set url (or a data source), or use offline SQL with a dialect");
  }
}

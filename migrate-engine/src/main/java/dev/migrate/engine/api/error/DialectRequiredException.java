package dev.migrate.engine.api.error;

import dev.migrate.engine.common.MigrateException;

/** Offline SQL was asked for without a database to detect the dialect from, and none was set. */
public final class DialectRequiredException extends MigrateException {
  public DialectRequiredException() {
    super("Offline SQL needs a dialect: set dialect to postgresql, mariadb, mysql, h2 or sqlite");
  }
}

package dev.migrate.engine.runtime;

import dev.migrate.engine.common.MigrateException;
import dev.migrate.engine.sql.Statement;

/** The database refused a statement; carries the statement and the database's own message. */
public final class StatementFailedException extends MigrateException {
  private final transient Statement statement;
  private final String databaseMessage;

  public StatementFailedException(Statement statement, String databaseMessage, Throwable cause) {
    super(databaseMessage, cause);
    this.statement = statement;
    this.databaseMessage = databaseMessage;
  }

  public Statement statement() {
    return statement;
  }

  public String databaseMessage() {
    return databaseMessage;
  }
}

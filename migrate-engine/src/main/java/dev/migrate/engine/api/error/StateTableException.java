package dev.migrate.engine.api.error;

import dev.migrate.engine.common.MigrateException;

/**
 * migrate's own version or history table cannot be created or is not what it should be: a table of
 * that name that belongs to something else, a schema that does not exist, a user without the right
 * to create tables.
 */
public final class StateTableException extends MigrateException {
  private final String table;
  private final String databaseMessage;

  private StateTableException(String table, String databaseMessage, String message) {
    super(message);
    this.table = table;
    this.databaseMessage = databaseMessage;
  }

  /**
   * The table could not be created.
   *
   * @param table the table, qualified as the statement named it
   * @param schema the schema setting, or null when unset
   * @param databaseMessage what the database said
   */
  public static StateTableException cannotCreate(
      String table, String schema, String databaseMessage) {
    return new StateTableException(
        table,
        databaseMessage,
        "Could not create migrate's table "
            + table
            + ": "
            + databaseMessage
            + ". The schema setting ("
            + (schema == null ? "unset: the connection's default schema" : schema)
            + ") must name a schema that exists, in which the user has the privilege to create"
            + " tables (CREATE on the schema).");
  }

  /**
   * A table of that name exists but cannot be read as migrate's (or Alembic's) table.
   *
   * @param table the table
   * @param setting the setting that names it ({@code versionTable}, {@code historyTable})
   * @param databaseMessage what the database said when it was read
   */
  public static StateTableException foreign(String table, String setting, String databaseMessage) {
    return new StateTableException(
        table,
        databaseMessage,
        "The table "
            + table
            + " exists but is not migrate's: "
            + databaseMessage
            + ". Point "
            + setting
            + " at another name, or rename that table.");
  }

  /** The table, as its statement named it. */
  public String table() {
    return table;
  }

  /** What the database said. */
  public String databaseMessage() {
    return databaseMessage;
  }
}

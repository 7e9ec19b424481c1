package dev.migrate.engine.api.error;

import dev.migrate.engine.common.MigrateException;

/**
 * A revision failed: the message names the revision, its file, the statement number and line, the
 * database's own words and what state the database was left in; the accessors carry the same facts.
 */
public final class MigrationFailedException extends MigrateException {
  private final String revision;
  private final String file;
  private final int statement;
  private final int line;
  private final String databaseMessage;
  private final boolean partlyApplied;

  /**
   * @param revision the revision that failed (null for a step without one)
   * @param file the script or class the revision comes from (null when unknown)
   * @param statement the failing statement's number in its script, 0 when unknown
   * @param line the line the failing statement starts on, 0 when unknown
   * @param databaseMessage what the database (or the Java migration) said
   * @param partlyApplied true when statements before the failing one stay applied
   * @param message the whole sentence for the user
   */
  public MigrationFailedException(
      String revision,
      String file,
      int statement,
      int line,
      String databaseMessage,
      boolean partlyApplied,
      String message,
      Throwable cause) {
    super(message, cause);
    this.revision = revision;
    this.file = file;
    this.statement = statement;
    this.line = line;
    this.databaseMessage = databaseMessage;
    this.partlyApplied = partlyApplied;
  }

  /** The revision that failed. */
  public String revision() {
    return revision;
  }

  /** The script or class the revision comes from, or null. */
  public String file() {
    return file;
  }

  /** The failing statement's number in its script (from 1), or 0 when unknown. */
  public int statement() {
    return statement;
  }

  /** The line the failing statement starts on, or 0 when unknown. */
  public int line() {
    return line;
  }

  /** What the database said, in its own words. */
  public String databaseMessage() {
    return databaseMessage;
  }

  /**
   * True when the revision may be partly applied (recorded as an unresolved failure); false when it
   * was rolled back.
   */
  public boolean partlyApplied() {
    return partlyApplied;
  }
}

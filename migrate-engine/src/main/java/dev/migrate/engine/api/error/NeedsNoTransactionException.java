package dev.migrate.engine.api.error;

import dev.migrate.engine.common.MigrateException;

/**
 * A transactional script holds a statement the database refuses inside a transaction (PostgreSQL's
 * {@code CREATE INDEX CONCURRENTLY}, for one). Refused before anything runs, so that no run stops
 * half-way on the database's bare "cannot run inside a transaction block".
 */
public final class NeedsNoTransactionException extends MigrateException {
  private final String revision;
  private final String file;
  private final int line;
  private final String statement;

  /**
   * @param revision the revision whose script holds the statement
   * @param file the script
   * @param line the statement's first line in the script
   * @param statement the words that decide it, e.g. {@code CREATE INDEX CONCURRENTLY}
   */
  public NeedsNoTransactionException(String revision, String file, int line, String statement) {
    super(
        "Revision "
            + revision
            + " ("
            + file
            + ", line "
            + line
            + "): "
            + statement
            + " cannot run inside a transaction, and the script runs in one. Add"
            + " '-- transactional: false' to its header (best in a revision of its own: its"
            + " statements then run one by one, with no rollback). Nothing was run.");
    this.revision = revision;
    this.file = file;
    this.line = line;
    this.statement = statement;
  }

  /** The revision whose script holds the statement. */
  public String revision() {
    return revision;
  }

  /** The script. */
  public String file() {
    return file;
  }

  /** The statement's first line in the script. */
  public int line() {
    return line;
  }

  /** The words that decide it, e.g. {@code CREATE INDEX CONCURRENTLY}. */
  public String statement() {
    return statement;
  }
}

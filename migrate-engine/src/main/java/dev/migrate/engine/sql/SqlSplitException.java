package dev.migrate.engine.sql;

import dev.migrate.engine.common.MigrateException;

/**
 * A script that cannot be split into statements: an unterminated string, quoted identifier, dollar
 * quote or block comment, or a statement marker without its partner.
 */
public final class SqlSplitException extends MigrateException {
  private final String source;
  private final int line;
  private final String problem;

  public SqlSplitException(String source, int line, String problem) {
    super(source + ", line " + line + ": " + problem);
    this.source = source;
    this.line = line;
    this.problem = problem;
  }

  /** The file (or other origin) of the script, as given to the splitter. */
  public String source() {
    return source;
  }

  /** The 1-based line in the file where the offending construct starts. */
  public int line() {
    return line;
  }

  /** The problem without file and line. */
  public String problem() {
    return problem;
  }
}

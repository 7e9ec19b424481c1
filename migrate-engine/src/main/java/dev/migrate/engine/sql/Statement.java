package dev.migrate.engine.sql;

/**
 * One SQL statement ready to run or render, without its terminating delimiter.
 *
 * @param sql the statement text
 * @param line the 1-based line in the source file where it starts (0 when generated)
 * @param index the 1-based position within its script section (0 when generated)
 */
public record Statement(String sql, int line, int index) {
  /** A statement the engine generated itself (version rows, history, DDL). */
  public static Statement generated(String sql) {
    return new Statement(sql, 0, 0);
  }
}

package dev.migrate.engine.sql;

/**
 * Receives every statement a step produces. The JDBC sink executes them; the script sink renders
 * them into {@code upgrade.sql}. Everything that changes a database passes through one of these, so
 * offline output cannot disagree with an online run.
 */
public interface StatementSink {
  void execute(Statement statement);

  /**
   * Executes a statement that must change exactly {@code expectedRows} rows (a version-row update
   * or delete). A sink that can count fails with {@code mismatch} and the count found; a sink that
   * renders text just writes the statement.
   */
  default void executeExpecting(Statement statement, int expectedRows, String mismatch) {
    execute(statement);
  }
}

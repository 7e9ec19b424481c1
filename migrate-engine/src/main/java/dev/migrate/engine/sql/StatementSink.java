package dev.migrate.engine.sql;

/**
 * Receives every statement a step produces. The JDBC sink executes them; the script sink renders
 * them into {@code upgrade.sql}. Everything that changes a database passes through one of these, so
 * offline output cannot disagree with an online run.
 */
public interface StatementSink {
  void execute(Statement statement);
}

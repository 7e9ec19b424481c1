package dev.migrate.engine.runtime;

import dev.migrate.engine.api.error.MigrationFailedException;
import dev.migrate.engine.dialect.Dialect;
import dev.migrate.engine.graph.Revision;
import dev.migrate.engine.graph.Step;

/**
 * Words a failed step: which revision and file, which statement and line, what the database said,
 * and what state the database was left in.
 */
final class StepFailure {
  private StepFailure() {}

  /** What the database (or the Java migration) said. */
  static String databaseMessage(RuntimeException e) {
    if (e instanceof StatementFailedException failed) {
      return failed.databaseMessage();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /**
   * @param partial statements before the failing one stay applied
   * @param earlierApplied revisions before this one in the same run were applied
   */
  static MigrationFailedException of(
      Step step,
      RuntimeException e,
      boolean partial,
      boolean earlierApplied,
      TransactionPolicy policy,
      Dialect dialect) {
    String id = StepText.revisionId(step);
    Revision revision = step.revision();
    int statement = 0;
    int line = 0;
    if (e instanceof StatementFailedException failed && failed.statement().index() > 0) {
      statement = failed.statement().index();
      line = failed.statement().line();
    }
    String databaseMessage = databaseMessage(e);
    StringBuilder message = new StringBuilder();
    message.append(capitalize(StepText.directionName(step.direction())));
    message.append(" of revision ").append(id);
    if (revision != null) {
      message.append(" (").append(revision.source()).append(')');
    }
    message.append(" failed");
    if (statement > 0) {
      message.append(" at statement ").append(statement).append(" (line ").append(line).append(')');
    }
    message.append(": ").append(databaseMessage);
    if (partial) {
      message
          .append(". ")
          .append(
              dialect.transactionalDdl()
                  ? "The script ran outside a transaction"
                  : dialect.name() + " commits DDL by itself")
          .append(", so ")
          .append(id)
          .append(
              " may be partly applied; the failure is recorded in the history table. Fix the"
                  + " database by hand, then run 'stamp' to the revision it is really at.");
    } else if (policy.sharesOneTransaction()) {
      message.append(". The whole run was rolled back.");
    } else {
      message
          .append(". ")
          .append(id)
          .append(" was rolled back")
          .append(earlierApplied ? "; the revisions before it stay applied." : ".");
    }
    return new MigrationFailedException(
        id,
        revision == null ? null : revision.source(),
        statement,
        line,
        databaseMessage,
        partial,
        message.toString(),
        e);
  }

  private static String capitalize(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}

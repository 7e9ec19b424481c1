package dev.migrate.engine.runtime;

import dev.migrate.engine.api.error.MigrationFailedException;
import dev.migrate.engine.database.Dialect;
import dev.migrate.engine.graph.Direction;
import dev.migrate.engine.graph.Revision;
import dev.migrate.engine.graph.Step;
import java.util.List;

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
   * What happened, as the user needs to hear it: the run ({@code online} or rendering), the
   * direction, whether the revision was atomic, and the transaction grouping each change the truth.
   *
   * @param online statements ran on a database (false while rendering SQL)
   * @param transactional the revision ran inside a transaction
   * @param partial statements before the failing one stay applied
   * @param earlierApplied revisions before this one in the same run were applied (or downgraded)
   * @param rowsBefore the version rows before the failed step: where the database stands now, when
   *     the step left nothing behind and the run does not share one transaction
   * @param lockNote for a statement that gave up waiting for a lock: the attempts and who held it;
   *     null otherwise
   */
  static MigrationFailedException of(
      Step step,
      RuntimeException e,
      boolean online,
      boolean transactional,
      boolean partial,
      boolean earlierApplied,
      TransactionPolicy policy,
      Dialect dialect,
      List<String> rowsBefore,
      String lockNote) {
    String id = StepText.revisionId(step);
    Revision revision = step.revision();
    int statement = 0;
    int line = 0;
    if (e instanceof StatementFailedException failed && failed.statement().index() > 0) {
      statement = failed.statement().index();
      line = failed.statement().line();
    }
    String databaseMessage = databaseMessage(e);
    boolean downgrade = step.direction() == Direction.DOWNGRADE;
    StringBuilder message = new StringBuilder();
    if (!online) {
      message.append("Rendering the SQL of the ");
      message.append(StepText.directionName(step.direction()));
    } else {
      message.append(capitalize(StepText.directionName(step.direction())));
    }
    message.append(" of revision ").append(id);
    if (revision != null) {
      message.append(" (").append(revision.source()).append(')');
    }
    message.append(" failed");
    if (statement > 0) {
      message.append(" at statement ").append(statement).append(" (line ").append(line).append(')');
    }
    message.append(": ").append(databaseMessage);
    if (lockNote != null) {
      message.append(" (").append(lockNote).append(')');
    }
    if (!online) {
      message.append(". No SQL was written.");
    } else if (partial) {
      message
          .append(". ")
          .append(
              dialect.transactionalDdl()
                  ? "The script ran outside a transaction"
                  : dialect.name() + " commits DDL by itself")
          .append(", so ")
          .append(id)
          .append(downgrade ? " may be partly downgraded" : " may be partly applied")
          .append(
              "; the failure is recorded in the history table. Fix the database by hand, then run"
                  + " 'stamp' to the revision it is really at.");
    } else if (policy.sharesOneTransaction()) {
      message.append(". The whole run was rolled back: the database is as it was before it.");
    } else {
      message.append(". ").append(id);
      if (!transactional) {
        message.append(" had run none of its statements");
      } else {
        message.append(
            downgrade ? "'s downgrade was rolled back, so it stays applied" : " was rolled back");
      }
      if (earlierApplied) {
        message.append(
            downgrade
                ? "; the revisions this run downgraded before it stay downgraded"
                : "; the revisions before it stay applied");
      }
      message
          .append(". The database is at ")
          .append(rowsBefore.isEmpty() ? "base" : String.join(", ", rowsBefore))
          .append('.');
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

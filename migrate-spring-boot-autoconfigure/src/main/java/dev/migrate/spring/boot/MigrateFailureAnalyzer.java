package dev.migrate.spring.boot;

import dev.migrate.engine.api.error.MigrationFailedException;
import dev.migrate.engine.api.error.PendingRevisionsException;
import dev.migrate.engine.common.MigrateException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a failed start-up migration into Boot's short failure report: the engine's message (which
 * names the revision, its file and line) and what to do, without the stack trace.
 */
public class MigrateFailureAnalyzer extends AbstractFailureAnalyzer<MigrateException> {
  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, MigrateException cause) {
    return new FailureAnalysis(cause.getMessage(), action(cause), cause);
  }

  private static String action(MigrateException cause) {
    if (cause instanceof MigrationFailedException failed) {
      return failed.partlyApplied()
          ? "Revision "
              + failed.revision()
              + " may be partly applied: repair the database, stamp the revision it is really at,"
              + " fix the script, and start again."
          : "Nothing of revision "
              + failed.revision()
              + " was kept. Fix "
              + (failed.file() == null ? "the revision" : failed.file())
              + " and start again.";
    }
    if (cause instanceof PendingRevisionsException) {
      return "Run the migration (for example the Job that migrates this database), or unset"
          + " migrate.fail-on-pending to let the application migrate at start-up.";
    }
    return "Correct the migrate.* settings or the scripts named above, and start again.";
  }
}

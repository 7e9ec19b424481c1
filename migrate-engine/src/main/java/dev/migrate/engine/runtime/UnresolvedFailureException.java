package dev.migrate.engine.runtime;

import dev.migrate.engine.common.MigrateException;
import dev.migrate.engine.state.FailedStep;

/**
 * An earlier run failed part-way (a database whose DDL commits by itself, or a non-transactional
 * script) and nobody has resolved it yet; running again blindly could apply half a script twice.
 */
public final class UnresolvedFailureException extends MigrateException {
  private final transient FailedStep failed;

  public UnresolvedFailureException(FailedStep failed) {
    super(
        "Revision "
            + failed.revision()
            + " failed on "
            + failed.direction()
            + " at "
            + failed.appliedAt()
            + ": "
            + failed.errorMessage()
            + ". It may be partly applied. Fix the database by hand (finish or undo "
            + failed.revision()
            + "), then run 'stamp "
            + failed.revision()
            + "' if it is complete, or 'stamp' to the revision the database is really at, and"
            + " run the command again.");
    this.failed = failed;
  }

  public FailedStep failed() {
    return failed;
  }
}

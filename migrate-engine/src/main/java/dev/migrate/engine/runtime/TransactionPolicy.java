package dev.migrate.engine.runtime;

import dev.migrate.engine.api.TransactionMode;
import dev.migrate.engine.database.Dialect;

/**
 * Where the runner opens and commits transactions: one per revision, or one for the whole run, with
 * a non-transactional script as a fence that commits what ran before it and runs in autocommit.
 * Holds whether a transaction is open; one instance serves one run.
 */
final class TransactionPolicy {
  private final TransactionMode mode;
  private final Dialect dialect;
  private boolean open;

  TransactionPolicy(TransactionMode configured, Dialect dialect) {
    // Where DDL commits by itself, one transaction for the run cannot hold: each DDL statement
    // would commit the earlier revisions anyway. Run (and render) per revision there, as Alembic.
    this.mode = dialect.transactionalDdl() ? configured : TransactionMode.PER_REVISION;
    this.dialect = dialect;
  }

  /** Before the first step: the run's one transaction, if that is the mode. */
  void start(ExecutionSink sink) {
    if (mode == TransactionMode.ALL) {
      begin(sink);
    }
  }

  /** Before a step's script: a transaction for it, or autocommit for a non-transactional one. */
  void beforeScript(ExecutionSink sink, boolean transactional) {
    if (transactional) {
      if (!open) {
        begin(sink);
      }
      return;
    }
    if (open) {
      // A fence: what ran so far commits, the script runs in autocommit.
      commit(sink);
    }
    sink.autocommit();
  }

  /** After the script: in the run's one transaction, its statements are sent now. */
  void afterScript(ExecutionSink sink) {
    if (mode == TransactionMode.ALL) {
      // So that the step's time is its own and not the next step's.
      sink.flush();
    }
  }

  /** Before the step's version and history rows, which always go in a transaction. */
  void beforeBookkeeping(ExecutionSink sink, boolean transactional) {
    if (!transactional) {
      begin(sink);
    }
  }

  /** After the step's bookkeeping: commits it unless the run shares one transaction. */
  void afterStep(ExecutionSink sink, boolean transactional) {
    if (mode == TransactionMode.PER_REVISION || !transactional) {
      commit(sink);
    }
  }

  /** After the last step: commits the run's transaction if one is still open. */
  void finish(ExecutionSink sink) {
    if (open) {
      commit(sink);
    }
  }

  /**
   * True when the database measures the step (pipelined statements have not run yet when the script
   * returns): a step in its own transaction, where the dialect can read the time since it began.
   */
  boolean databaseTimes(boolean transactional) {
    return transactional
        && mode == TransactionMode.PER_REVISION
        && dialect.millisSinceTransactionStart() != null;
  }

  /**
   * After a failed attempt was rolled back, before it is tried again: back to autocommit, no
   * transaction open, so that the next attempt begins its own.
   */
  void abandon(ExecutionSink sink) {
    sink.autocommit();
    open = false;
  }

  /** True when statements that ran before a failing one stay applied. */
  boolean keepsPartialWork(boolean transactional) {
    return !transactional || !dialect.transactionalDdl();
  }

  /** True when a failure rolls back the whole run. */
  boolean sharesOneTransaction() {
    return mode == TransactionMode.ALL;
  }

  private void begin(ExecutionSink sink) {
    sink.begin();
    open = true;
  }

  private void commit(ExecutionSink sink) {
    sink.commit();
    open = false;
  }
}

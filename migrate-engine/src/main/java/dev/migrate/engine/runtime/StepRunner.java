package dev.migrate.engine.runtime;

import dev.migrate.engine.api.AppliedStep;
import dev.migrate.engine.api.TransactionMode;
import dev.migrate.engine.api.error.StateTableException;
import dev.migrate.engine.common.MigrateException;
import dev.migrate.engine.common.Reporter;
import dev.migrate.engine.database.Dialect;
import dev.migrate.engine.graph.Direction;
import dev.migrate.engine.graph.Plan;
import dev.migrate.engine.graph.Step;
import dev.migrate.engine.script.Migration;
import dev.migrate.engine.script.MigrationContext;
import dev.migrate.engine.sql.Statement;
import dev.migrate.engine.sql.StatementSink;
import dev.migrate.engine.state.HistoryRow;
import dev.migrate.engine.state.HistoryTable;
import dev.migrate.engine.state.StateTables;
import dev.migrate.engine.state.VersionTable;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one execution path. Every step emits its script statements, its version-row changes and its
 * history row to the sink, inside the transactions the {@link TransactionPolicy} opens; online and
 * offline differ only in the sink.
 */
public final class StepRunner {
  private final Dialect dialect;
  private final VersionTable versionTable;
  private final HistoryTable historyTable;
  private final Map<String, Migration> migrations;
  private final TransactionMode mode;
  private final LockGuard guard;
  private final Reporter reporter;
  private final Map<String, String> placeholders;

  /**
   * A runner of these migrations.
   *
   * @param guard the per-statement lock timeout and its retries
   * @param placeholders the values that replace {@code ${name}} in the scripts' statements
   */
  public StepRunner(
      StateTables tables,
      Map<String, Migration> migrations,
      TransactionMode mode,
      LockGuard guard,
      Reporter reporter,
      Map<String, String> placeholders) {
    this.placeholders = placeholders;
    this.dialect = tables.dialect();
    this.versionTable = tables.version();
    this.historyTable = tables.history();
    this.migrations = migrations;
    this.mode = mode;
    this.guard = guard;
    this.reporter = reporter;
  }

  /**
   * Runs the plan's steps against the sink. {@code createTables} first emits the version- and
   * history-table DDL.
   */
  public List<AppliedStep> run(Plan plan, ExecutionSink sink, boolean createTables) {
    TransactionPolicy policy = new TransactionPolicy(mode, dialect);
    PlanCheck.require(plan.steps(), this::migrationOf, policy, dialect);
    if (guard.timeout() != null && !plan.isEmpty()) {
      // A session setting, so that rendered scripts carry it too.
      for (String sql : dialect.statementLockTimeout(guard.timeout())) {
        sink.execute(Statement.generated(sql));
      }
    }
    if (createTables) {
      createTables(sink);
    }
    policy.start(sink);
    List<String> rows = plan.headsBefore();
    List<AppliedStep> applied = new ArrayList<>();
    for (Step step : plan.steps()) {
      applied.add(runStep(step, rows, sink, policy, !applied.isEmpty()));
      rows = step.rowsAfter(rows);
    }
    policy.finish(sink);
    return applied;
  }

  private void createTables(ExecutionSink sink) {
    try {
      versionTable.create(sink);
    } catch (StatementFailedException e) {
      throw StateTableException.cannotCreate(
          versionTable.qualifiedName(), versionTable.schema(), shortMessage(e));
    }
    try {
      historyTable.create(sink);
    } catch (StatementFailedException e) {
      throw StateTableException.cannotCreate(
          historyTable.qualifiedName(), versionTable.schema(), shortMessage(e));
    }
  }

  /** The database's words without its own "ERROR:" prefix and "Position:" line. */
  static String shortMessage(StatementFailedException e) {
    String text = e.databaseMessage().strip().lines().findFirst().orElse("");
    return text.startsWith("ERROR: ") ? text.substring(7) : text;
  }

  /**
   * One step, tried again after a pause when it gave up waiting for a lock and left nothing
   * applied, as often as the {@link LockGuard} allows.
   */
  private AppliedStep runStep(
      Step step,
      List<String> before,
      ExecutionSink sink,
      TransactionPolicy policy,
      boolean earlierApplied) {
    for (int retry = 1; ; retry++) {
      try {
        return attempt(step, before, sink, policy, earlierApplied, retry);
      } catch (RetryStep again) {
        policy.abandon(sink);
        Duration pause = guard.pauseBefore(retry);
        reporter.warn(
            "Revision "
                + StepText.revisionId(step)
                + " gave up waiting for a lock ("
                + again.getMessage()
                + "); nothing stays applied. Retry "
                + retry
                + " of "
                + guard.retries()
                + " in "
                + pause.toMillis()
                + " ms");
        pause(pause, again);
      }
    }
  }

  private static void pause(Duration pause, RetryStep again) {
    try {
      Thread.sleep(pause.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw again.failure;
    }
  }

  /**
   * One attempt at a step: its script, then its version and history rows; a failure is worded and
   * recorded. A step that can leave partial work (no transaction around its statements) first
   * records that it started, so that a process that dies inside it leaves a trace the next run
   * reports.
   */
  private AppliedStep attempt(
      Step step,
      List<String> before,
      ExecutionSink sink,
      TransactionPolicy policy,
      boolean earlierApplied,
      int retry) {
    Migration migration = migrationOf(step);
    boolean transactional = migration == null || migration.transactional();
    policy.beforeScript(sink, transactional);
    reporter.info(StepText.describe(step, 0).line());
    sink.comment(StepText.comment(step, migration));
    long start = System.nanoTime();
    String unfinished =
        migration != null && sink.executes() && policy.keepsPartialWork(transactional)
            ? HistoryTable.unfinishedMarker()
            : null;
    if (unfinished != null) {
      // Commits by itself here (autocommit) or with the script's first DDL statement.
      historyTable.record(
          historyRow(step, migration, before, before, null, false, unfinished), sink);
    }
    Counting counting = new Counting(sink);
    try {
      runScript(step, migration, sink, counting);
      policy.afterScript(sink);
      long millis = (System.nanoTime() - start) / 1_000_000;
      policy.beforeBookkeeping(sink, transactional);
      Long elapsed =
          sink.executes() && (unfinished != null || !policy.databaseTimes(transactional))
              ? millis
              : null;
      sink.bookkeeping(() -> recordStep(step, migration, before, elapsed, unfinished, sink));
      policy.afterStep(sink, transactional);
      // Measured after the commit: pipelined statements run when the step commits.
      return StepText.describe(step, (System.nanoTime() - start) / 1_000_000);
    } catch (RuntimeException e) {
      long millis = (System.nanoTime() - start) / 1_000_000;
      safeRollback(sink);
      // Without transactional DDL, statements that succeeded before the failing one stay.
      boolean partial = policy.keepsPartialWork(transactional) && counting.ran > 0;
      if (unfinished != null) {
        recordFailure(sink, step, migration, before, millis, e, unfinished, partial);
      }
      boolean lockTimeout = sink.executes() && isLockTimeout(e);
      boolean retryable = !partial && !policy.sharesOneTransaction();
      if (lockTimeout && retryable && retry <= guard.retries()) {
        throw new RetryStep(StepFailure.databaseMessage(e), e);
      }
      throw StepFailure.of(
          step,
          e,
          sink.executes(),
          transactional,
          partial,
          earlierApplied,
          policy,
          dialect,
          before,
          lockTimeout ? lockNote(e, sink, retry) : null);
    }
  }

  private boolean isLockTimeout(RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        return dialect.isLockTimeout(sql);
      }
    }
    return false;
  }

  /** How often the step was tried and, where the database can tell, who held the lock. */
  private String lockNote(RuntimeException e, ExecutionSink sink, int tries) {
    String statement =
        e instanceof StatementFailedException failed ? failed.statement().sql() : null;
    String holders = sink.connection().flatMap(c -> dialect.lockHolders(c, statement)).orElse(null);
    String each = guard.timeout() == null ? "" : " of " + guard.timeout().toMillis() + " ms";
    return (tries > 1
            ? "gave up after " + tries + " attempts" + each + " each"
            : "gave up after one wait" + each)
        + (holders == null ? "" : "; the lock was held by " + holders);
  }

  /** A step that timed out waiting for a lock, left nothing, and may be tried again. */
  private static final class RetryStep extends RuntimeException {
    private final transient RuntimeException failure;

    RetryStep(String message, RuntimeException failure) {
      super(message, failure, false, false);
      this.failure = failure;
    }
  }

  private Migration migrationOf(Step step) {
    if (step.direction() == Direction.STAMP || step.revision() == null) {
      return null;
    }
    Migration migration = migrations.get(step.revision().id());
    if (migration == null) {
      throw new MigrateException(
          "No script for revision " + step.revision().id() + " (" + step.revision().source() + ")");
    }
    return migration;
  }

  private void runScript(Step step, Migration migration, ExecutionSink sink, Counting counting) {
    if (migration == null) {
      return;
    }
    MigrationContext context =
        new MigrationContext(
            dialect, Placeholders.over(counting, placeholders), sink.connection(), sink.schema());
    if (step.direction() == Direction.UPGRADE) {
      migration.upgrade(context);
    } else {
      if (!migration.hasDowngrade()) {
        throw new MigrateException(
            "Revision "
                + migration.revision().id()
                + " ("
                + migration.revision().source()
                + ") has no downgrade section and cannot be downgraded");
      }
      migration.downgrade(context);
    }
  }

  /** The step's version-row changes and its history row (completing its unfinished row, if any). */
  private void recordStep(
      Step step,
      Migration migration,
      List<String> before,
      Long elapsed,
      String unfinished,
      ExecutionSink sink) {
    versionTable.apply(step.rowChanges(), sink);
    HistoryRow row =
        historyRow(step, migration, before, step.rowsAfter(before), elapsed, true, null);
    if (unfinished == null) {
      historyTable.record(row, sink);
    } else {
      historyTable.complete(unfinished, row, sink);
    }
  }

  private static HistoryRow historyRow(
      Step step,
      Migration migration,
      List<String> before,
      List<String> after,
      Long elapsed,
      boolean success,
      String errorMessage) {
    return new HistoryRow(
        StepText.revisionId(step),
        StepText.directionName(step.direction()),
        before,
        after,
        migration == null || step.direction() == Direction.STAMP ? null : migration.checksum(),
        elapsed,
        success,
        errorMessage);
  }

  /**
   * Replaces the step's unfinished row: by the failure when statements stay applied, by nothing
   * when none ran.
   */
  private void recordFailure(
      ExecutionSink sink,
      Step step,
      Migration migration,
      List<String> rows,
      long millis,
      RuntimeException e,
      String unfinished,
      boolean partial) {
    try {
      sink.autocommit();
      historyTable.forget(unfinished, sink);
      if (partial) {
        historyTable.record(
            historyRow(step, migration, rows, rows, millis, false, StepFailure.databaseMessage(e)),
            sink);
      }
    } catch (RuntimeException ignored) {
      reporter.warn("Could not record the failure in the history table: " + ignored.getMessage());
    }
  }

  private static void safeRollback(ExecutionSink sink) {
    try {
      sink.rollback();
    } catch (RuntimeException ignored) {
      // the original failure is what the user needs to see
    }
  }

  /** Passes a script's statements on and counts them: a failure after the first leaves work. */
  private static final class Counting implements StatementSink {
    private final StatementSink sink;
    private int ran;

    Counting(StatementSink sink) {
      this.sink = sink;
    }

    @Override
    public void execute(Statement statement) {
      sink.execute(statement);
      ran++;
    }

    @Override
    public void executeExpecting(Statement statement, int expectedRows, String mismatch) {
      sink.executeExpecting(statement, expectedRows, mismatch);
      ran++;
    }
  }
}

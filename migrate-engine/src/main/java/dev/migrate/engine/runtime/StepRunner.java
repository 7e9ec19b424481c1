package dev.migrate.engine.runtime;

import dev.migrate.engine.api.AppliedStep;
import dev.migrate.engine.api.TransactionMode;
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
  private final Reporter reporter;
  private final Map<String, String> placeholders;

  public StepRunner(
      StateTables tables,
      Map<String, Migration> migrations,
      TransactionMode mode,
      Reporter reporter) {
    this(tables, migrations, mode, reporter, Map.of());
  }

  /** A runner that replaces {@code ${name}} in the scripts' statements by these values. */
  public StepRunner(
      StateTables tables,
      Map<String, Migration> migrations,
      TransactionMode mode,
      Reporter reporter,
      Map<String, String> placeholders) {
    this.placeholders = placeholders;
    this.dialect = tables.dialect();
    this.versionTable = tables.version();
    this.historyTable = tables.history();
    this.migrations = migrations;
    this.mode = mode;
    this.reporter = reporter;
  }

  /**
   * Runs the plan's steps against the sink. {@code createTables} first emits the version- and
   * history-table DDL.
   */
  public List<AppliedStep> run(Plan plan, ExecutionSink sink, boolean createTables) {
    TransactionPolicy policy = new TransactionPolicy(mode, dialect);
    PlanCheck.require(plan.steps(), this::migrationOf, policy, dialect);
    if (createTables) {
      versionTable.create(sink);
      historyTable.create(sink);
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

  /**
   * One step: its script, then its version and history rows; a failure is worded and recorded. A
   * step that can leave partial work (no transaction around its statements) first records that it
   * started, so that a process that dies inside it leaves a trace the next run reports.
   */
  private AppliedStep runStep(
      Step step,
      List<String> before,
      ExecutionSink sink,
      TransactionPolicy policy,
      boolean earlierApplied) {
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
      throw StepFailure.of(
          step,
          e,
          sink.executes(),
          transactional,
          partial,
          earlierApplied,
          policy,
          dialect,
          before);
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
        new MigrationContext(dialect, Placeholders.over(counting, placeholders), sink.connection());
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

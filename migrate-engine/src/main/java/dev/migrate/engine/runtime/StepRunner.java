package dev.migrate.engine.runtime;

import dev.migrate.engine.api.AppliedStep;
import dev.migrate.engine.api.TransactionMode;
import dev.migrate.engine.common.MigrateException;
import dev.migrate.engine.common.Reporter;
import dev.migrate.engine.dialect.Dialect;
import dev.migrate.engine.graph.Direction;
import dev.migrate.engine.graph.Plan;
import dev.migrate.engine.graph.Revision;
import dev.migrate.engine.graph.RowChange;
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
 * history row to the sink, inside the transactions the mode asks for; online and offline differ
 * only in the sink.
 */
public final class StepRunner {
  private final Dialect dialect;
  private final VersionTable versionTable;
  private final HistoryTable historyTable;
  private final Map<String, Migration> migrations;
  private final TransactionMode mode;
  private final Reporter reporter;

  public StepRunner(
      StateTables tables,
      Map<String, Migration> migrations,
      TransactionMode mode,
      Reporter reporter) {
    this.dialect = tables.dialect();
    this.versionTable = tables.version();
    this.historyTable = tables.history();
    this.migrations = migrations;
    // Where DDL commits by itself, one transaction for the run cannot hold: each DDL statement
    // would commit the earlier revisions anyway. Run (and render) per revision there, as Alembic.
    this.mode = dialect.transactionalDdl() ? mode : TransactionMode.PER_REVISION;
    this.reporter = reporter;
  }

  /**
   * Runs the plan's steps against the sink. {@code createTables} first emits the version- and
   * history-table DDL.
   */
  public List<AppliedStep> run(Plan plan, ExecutionSink sink, boolean createTables) {
    List<String> rows = new ArrayList<>(plan.headsBefore());
    List<AppliedStep> applied = new ArrayList<>();
    if (createTables) {
      versionTable.create(sink);
      historyTable.create(sink);
    }
    boolean open = false;
    if (mode == TransactionMode.ALL) {
      sink.begin();
      open = true;
    }
    for (Step step : plan.steps()) {
      Migration migration = migrationOf(step);
      boolean transactional = migration == null || migration.transactional();
      if (!transactional && open) {
        // A fence: what ran so far commits, the script runs in autocommit.
        sink.commit();
        open = false;
      }
      if (!transactional) {
        toAutocommit(sink);
      } else if (!open) {
        sink.begin();
        open = true;
      }
      AppliedStep started = describe(step, 0);
      reporter.info(started.line());
      sink.comment(comment(step, migration));
      List<String> before = List.copyOf(rows);
      List<String> after = afterChanges(rows, step.rowChanges());
      long start = System.nanoTime();
      int[] ran = {0};
      try {
        runScript(step, migration, sink, ran);
        if (mode == TransactionMode.ALL && sink instanceof JdbcSink jdbc) {
          jdbc.flushPending();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (!transactional) {
          sink.begin();
          open = true;
        }
        // Pipelined statements have not run yet: the database measures the step where it can.
        boolean databaseTimes =
            transactional
                && mode == TransactionMode.PER_REVISION
                && dialect.millisSinceTransactionStart() != null;
        Long elapsed = sink.connection().isPresent() && !databaseTimes ? millis : null;
        sink.bookkeeping(
            () -> {
              versionTable.apply(step.rowChanges(), sink);
              historyTable.record(
                  new HistoryRow(
                      revisionId(step),
                      directionName(step.direction()),
                      before,
                      after,
                      migration == null || step.direction() == Direction.STAMP
                          ? null
                          : migration.checksum(),
                      elapsed,
                      true,
                      null),
                  sink);
            });
        if (mode == TransactionMode.PER_REVISION || !transactional) {
          sink.commit();
          open = false;
        }
        rows.clear();
        rows.addAll(after);
        // Measured after the commit: pipelined statements run when the step commits.
        applied.add(describe(step, (System.nanoTime() - start) / 1_000_000));
      } catch (RuntimeException e) {
        long millis = (System.nanoTime() - start) / 1_000_000;
        safeRollback(sink);
        // Without transactional DDL, statements that succeeded before the failing one stay.
        boolean partial = (!transactional || !dialect.transactionalDdl()) && ran[0] > 0;
        if (partial && sink.connection().isPresent()) {
          recordFailure(sink, step, migration, before, millis, e);
        }
        throw failure(step, migration, e, partial, !applied.isEmpty());
      }
    }
    if (open) {
      sink.commit();
    }
    return applied;
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

  private void runScript(Step step, Migration migration, ExecutionSink sink, int[] ran) {
    if (migration == null) {
      return;
    }
    StatementSink counting =
        new StatementSink() {
          @Override
          public void execute(Statement statement) {
            sink.execute(statement);
            ran[0]++;
          }

          @Override
          public void executeExpecting(Statement statement, int expectedRows, String mismatch) {
            sink.executeExpecting(statement, expectedRows, mismatch);
            ran[0]++;
          }
        };
    MigrationContext context = new MigrationContext(dialect, counting, sink.connection());
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

  private static void toAutocommit(ExecutionSink sink) {
    if (sink instanceof JdbcSink jdbc) {
      jdbc.autocommit();
    }
  }

  private void recordFailure(
      ExecutionSink sink,
      Step step,
      Migration migration,
      List<String> rows,
      long millis,
      RuntimeException e) {
    try {
      toAutocommit(sink);
      historyTable.record(
          new HistoryRow(
              revisionId(step),
              directionName(step.direction()),
              rows,
              rows,
              migration == null ? null : migration.checksum(),
              millis,
              false,
              databaseMessage(e)),
          sink);
    } catch (RuntimeException ignored) {
      reporter.warn("Could not record the failure in the history table: " + ignored.getMessage());
    }
  }

  private MigrationFailedException failure(
      Step step, Migration migration, RuntimeException e, boolean partial, boolean earlierApplied) {
    String id = revisionId(step);
    Revision revision = step.revision();
    StringBuilder message = new StringBuilder();
    message.append(capitalize(directionName(step.direction()))).append(" of revision ").append(id);
    if (revision != null) {
      message.append(" (").append(revision.source()).append(')');
    }
    message.append(" failed");
    if (e instanceof StatementFailedException failed && failed.statement().index() > 0) {
      message
          .append(" at statement ")
          .append(failed.statement().index())
          .append(" (line ")
          .append(failed.statement().line())
          .append(')');
    }
    message.append(": ").append(databaseMessage(e));
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
    } else if (mode == TransactionMode.ALL) {
      message.append(". The whole run was rolled back.");
    } else {
      message
          .append(". ")
          .append(id)
          .append(" was rolled back")
          .append(earlierApplied ? "; the revisions before it stay applied." : ".");
    }
    return new MigrationFailedException(id, message.toString(), e);
  }

  private static String databaseMessage(RuntimeException e) {
    if (e instanceof StatementFailedException failed) {
      return failed.databaseMessage();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static void safeRollback(ExecutionSink sink) {
    try {
      sink.rollback();
    } catch (RuntimeException ignored) {
      // the original failure is what the user needs to see
    }
  }

  static List<String> afterChanges(List<String> rows, List<RowChange> changes) {
    List<String> after = new ArrayList<>(rows);
    for (RowChange change : changes) {
      if (change instanceof RowChange.Insert insert) {
        after.add(insert.id());
      } else if (change instanceof RowChange.Delete delete) {
        after.remove(delete.id());
      } else if (change instanceof RowChange.Update update) {
        int i = after.indexOf(update.from());
        if (i >= 0) {
          after.set(i, update.to());
        } else {
          after.add(update.to());
        }
      }
    }
    return after;
  }

  static AppliedStep describe(Step step, long millis) {
    String direction =
        switch (step.direction()) {
          case UPGRADE -> "upgrade";
          case DOWNGRADE -> "downgrade";
          case STAMP -> "stamp_revision";
        };
    String message =
        step.revision() == null || step.direction() == Direction.STAMP
            ? ""
            : firstLine(step.revision().message());
    return new AppliedStep(direction, step.from(), step.to(), message, millis);
  }

  private static String comment(Step step, Migration migration) {
    String line = "Running " + describe(step, 0).line().substring("Running ".length());
    if (step.revision() == null) {
      return line;
    }
    return line
        + "\nRevision "
        + step.revision().id()
        + (migration == null ? "" : " from " + fileName(step.revision().source()));
  }

  private static String revisionId(Step step) {
    return step.revision() == null ? null : step.revision().id();
  }

  private static String directionName(Direction direction) {
    return switch (direction) {
      case UPGRADE -> "upgrade";
      case DOWNGRADE -> "downgrade";
      case STAMP -> "stamp";
    };
  }

  /** The file's name only: absolute paths would make rendered scripts differ between machines. */
  static String fileName(String source) {
    int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
    return slash < 0 ? source : source.substring(slash + 1);
  }

  private static String firstLine(String text) {
    String line = text == null ? "" : text.strip();
    int newline = line.indexOf('\n');
    return newline < 0 ? line : line.substring(0, newline).strip();
  }

  private static String capitalize(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}

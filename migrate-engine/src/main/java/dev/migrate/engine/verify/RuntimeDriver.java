package dev.migrate.engine.verify;

import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.common.MigrateException;
import dev.migrate.engine.graph.Plan;
import dev.migrate.engine.graph.Planner;
import dev.migrate.engine.graph.Revision;
import dev.migrate.engine.graph.RevisionGraph;
import dev.migrate.engine.graph.RowChange;
import dev.migrate.engine.graph.Step;
import dev.migrate.engine.runtime.MigrationFailedException;
import dev.migrate.engine.runtime.SessionRunner;
import dev.migrate.engine.runtime.StatementFailedException;
import dev.migrate.engine.script.Migration;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Drives the scratch database through the runtime's execution path, on one connection that also
 * serves the snapshots: the scratch database is private, so the lock and a connection per step
 * would only cost time. Version and history rows are written as in a user's run.
 */
final class RuntimeDriver implements VerifyDriver, AutoCloseable {
  private final RevisionGraph graph;
  private final Planner planner;
  private final Map<String, Migration> migrations;
  private final Connection connection;
  private final SessionRunner runner;
  private final SnapshotReader reader;

  RuntimeDriver(
      RevisionGraph graph,
      Map<String, Migration> migrations,
      MigrateConfig scratchConfig,
      ScratchDatabase scratch) {
    this.graph = graph;
    this.planner = new Planner(graph);
    this.migrations = migrations;
    this.connection = scratch.connect();
    this.runner = new SessionRunner(scratchConfig, connection, migrations);
    this.reader =
        new SnapshotReader(
            List.of(
                scratchConfig.versionTable(),
                scratchConfig.historyTable(),
                scratchConfig.versionTable() + "_lock"));
  }

  @Override
  public List<Revision> heads() {
    return graph.heads();
  }

  @Override
  public List<Revision> revisions() {
    return graph.revisions();
  }

  @Override
  public Plan upgradeFromBase() {
    return planner.upgrade(List.of(), "heads");
  }

  @Override
  public Plan downgradeToBase() {
    return planner.downgrade(runner.rows(), "base");
  }

  @Override
  public boolean hasDowngrade(Revision revision) {
    Migration migration = migrations.get(revision.id());
    return migration == null || migration.hasDowngrade();
  }

  @Override
  public void run(Step step) {
    List<String> rows = runner.rows();
    try {
      runner.run(new Plan(List.of(step), rows, after(rows, step.rowChanges())));
    } catch (MigrationFailedException e) {
      throw new MigrateException(databaseWords(e), e);
    }
  }

  @Override
  public SchemaSnapshot snapshot() {
    return reader.read(connection);
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      // the scratch database is dropped next; a failed close changes nothing
    }
  }

  /**
   * What the database said, with the statement and line when known; the runtime's advice about
   * rolled-back revisions means nothing for a scratch database.
   */
  private static String databaseWords(MigrationFailedException e) {
    Throwable cause = e.getCause();
    if (cause instanceof StatementFailedException failed) {
      String where =
          failed.statement().index() > 0
              ? "statement "
                  + failed.statement().index()
                  + " (line "
                  + failed.statement().line()
                  + "): "
              : "";
      return where + failed.databaseMessage();
    }
    return cause != null && cause.getMessage() != null ? cause.getMessage() : e.getMessage();
  }

  private static List<String> after(List<String> rows, List<RowChange> changes) {
    List<String> after = new ArrayList<>(rows);
    for (RowChange change : changes) {
      if (change instanceof RowChange.Insert insert) {
        after.add(insert.id());
      } else if (change instanceof RowChange.Delete delete) {
        after.remove(delete.id());
      } else if (change instanceof RowChange.Update update) {
        int at = after.indexOf(update.from());
        if (at >= 0) {
          after.set(at, update.to());
        } else {
          after.add(update.to());
        }
      }
    }
    return after;
  }
}

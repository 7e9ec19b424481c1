package dev.migrate.engine.verify;

import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.api.error.MigrationFailedException;
import dev.migrate.engine.command.Catalog;
import dev.migrate.engine.common.MigrateException;
import dev.migrate.engine.common.Reporter;
import dev.migrate.engine.database.ServerRole;
import dev.migrate.engine.graph.Direction;
import dev.migrate.engine.graph.Plan;
import dev.migrate.engine.graph.Planner;
import dev.migrate.engine.graph.Revision;
import dev.migrate.engine.graph.RevisionGraph;
import dev.migrate.engine.graph.Step;
import dev.migrate.engine.runtime.SessionRunner;
import dev.migrate.engine.schema.DatabaseSchema;
import dev.migrate.engine.script.Migration;
import dev.migrate.engine.script.ScriptSection;
import dev.migrate.engine.script.SqlMigration;
import dev.migrate.engine.state.StateTables;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

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
  private final RunRoles roles;
  private final String database;
  private final Reporter reporter;

  RuntimeDriver(Catalog catalog, MigrateConfig scratchConfig, ScratchDatabase scratch) {
    this.graph = catalog.graph();
    this.planner = catalog.planner();
    this.migrations = catalog.migrations();
    this.connection = scratch.connect();
    this.runner = new SessionRunner(scratchConfig, connection, migrations);
    this.reader =
        new SnapshotReader(
            List.of(
                scratchConfig.versionTable(),
                scratchConfig.historyTable(),
                StateTables.lockTable(scratchConfig.versionTable())));
    this.roles = RunRoles.on(connection);
    this.database = scratch.name();
    this.reporter = scratchConfig.reporter();
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
    SortedSet<ServerRole> before = roles.list(connection);
    boolean ran = false;
    try {
      runner.run(step.alone(rows));
      ran = true;
    } catch (MigrationFailedException e) {
      throw new MigrateException(databaseWords(e), e);
    } finally {
      noteCreated(before, scriptText(step), ran);
    }
  }

  /**
   * The SQL the step runs, in which the roles it creates are named; null for a Java migration,
   * whose roles cannot be told from someone else's.
   */
  private String scriptText(Step step) {
    if (step.revision() == null
        || !(migrations.get(step.revision().id()) instanceof SqlMigration sql)) {
      return null;
    }
    return step.direction() == Direction.DOWNGRADE
        ? sql.downgradeSection().map(ScriptSection::sql).orElse("")
        : sql.upgradeSection().sql();
  }

  /**
   * Notes the roles the step created, also when it failed (a step outside a transaction keeps what
   * ran before the failure); a failure to list them then does not hide the step's own.
   */
  private void noteCreated(SortedSet<ServerRole> before, String scriptText, boolean ran) {
    try {
      roles.noteCreated(connection, before, scriptText);
    } catch (MigrateException e) {
      if (ran) {
        throw e;
      }
    }
  }

  @Override
  public List<String> compared() {
    List<String> kinds = new ArrayList<>(reader.compared(connection));
    roles.compared().ifPresent(kinds::add);
    return kinds;
  }

  @Override
  public SortedSet<String> roles() {
    return roles.existing(connection);
  }

  @Override
  public List<String> cleanUp() {
    return roles.dropLeft(connection, database);
  }

  @Override
  public DatabaseSchema snapshot() {
    return reader.read(connection);
  }

  /**
   * Drops what the run left on the server through a connection of its own, saying nothing: for the
   * JVM's shutdown, while the run's own connection may be in the middle of a statement.
   */
  void cleanUpQuietly(ScratchDatabase scratch) {
    try (Connection own = scratch.connect()) {
      roles.dropLeft(own, database);
    } catch (SQLException | RuntimeException e) {
      // the JVM is exiting; nothing left to tell
    }
  }

  /**
   * Drops what the run left on the server when the verifier could not (it stopped at an error),
   * then closes the connection.
   */
  @Override
  public void close() {
    try {
      for (String line : cleanUp()) {
        reporter.info("verify: " + line);
      }
    } catch (MigrateException e) {
      reporter.warn("verify: " + e.getMessage());
    }
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
    String where =
        e.statement() > 0 ? "statement " + e.statement() + " (line " + e.line() + "): " : "";
    return where + e.databaseMessage();
  }
}

package dev.migrate.engine.runtime;

import dev.migrate.engine.api.AppliedStep;
import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.database.Databases;
import dev.migrate.engine.database.Dialect;
import dev.migrate.engine.graph.Plan;
import dev.migrate.engine.script.Migration;
import dev.migrate.engine.sql.Statement;
import dev.migrate.engine.state.StateTables;
import java.sql.Connection;
import java.util.List;
import java.util.Map;

/**
 * Runs plans through the one execution path on a connection the caller owns, without the database
 * lock: for a database no one else can see, such as verify's scratch database, where a command per
 * step (connect, lock, re-read) would cost more than the steps. Version and history rows are
 * written as in any run; the version and history tables are created on first use.
 */
public final class SessionRunner {
  private final JdbcSink sink;
  private final StepRunner runner;
  private final StateTables tables;
  private final Connection connection;
  private boolean tablesReady;

  public SessionRunner(
      MigrateConfig config, Connection connection, Map<String, Migration> migrations) {
    Dialect dialect = Databases.detect(connection);
    this.connection = connection;
    this.tables = StateTables.of(dialect, config);
    this.sink = new JdbcSink(connection, dialect.pipelinesStatements(), config.reporter());
    this.runner =
        new StepRunner(
            tables,
            migrations,
            config.transactionMode(),
            LockGuard.NONE,
            config.reporter(),
            config.placeholders());
    // Nothing on a throwaway database needs to survive a crash.
    dialect.fastCommitSettings().forEach(sql -> sink.execute(Statement.generated(sql)));
  }

  /** Runs the plan and leaves the connection in autocommit; failures as in a normal run. */
  public List<AppliedStep> run(Plan plan) {
    if (!tablesReady) {
      tablesReady = tables.version().exists(connection) && tables.history().exists(connection);
    }
    try {
      List<AppliedStep> steps = runner.run(plan, sink, !tablesReady);
      tablesReady = true;
      return steps;
    } finally {
      sink.autocommit();
    }
  }

  /** The version rows now. */
  public List<String> rows() {
    return tables.version().read(connection);
  }
}

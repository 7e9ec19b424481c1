package dev.migrate.engine.runtime;

import dev.migrate.engine.api.AppliedStep;
import dev.migrate.engine.api.HistoryRecord;
import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.api.RunResult;
import dev.migrate.engine.api.error.EditedScriptsException;
import dev.migrate.engine.api.error.UnresolvedFailureException;
import dev.migrate.engine.common.MigrateException;
import dev.migrate.engine.common.Reporter;
import dev.migrate.engine.database.DatabaseSupport;
import dev.migrate.engine.database.Databases;
import dev.migrate.engine.database.Dialect;
import dev.migrate.engine.graph.Plan;
import dev.migrate.engine.graph.Planner;
import dev.migrate.engine.graph.Revision;
import dev.migrate.engine.graph.RevisionGraph;
import dev.migrate.engine.jdbc.ConnectionFactory;
import dev.migrate.engine.script.Migration;
import dev.migrate.engine.state.DatabaseLock;
import dev.migrate.engine.state.FailedStep;
import dev.migrate.engine.state.HistoryRow;
import dev.migrate.engine.state.StateTables;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Runs commands against a database: opens the connection, detects the dialect, takes the lock,
 * re-reads the rows under it, plans, and runs the plan through the JDBC sink. Also renders plans
 * through the script sink. Holds no connection between calls (only one made by {@link
 * #connectingAhead} holds the connections it opened for its first calls until they are taken).
 */
public final class MigrationRuntime implements AutoCloseable {
  /** What a changing command wants besides its plan. */
  public enum Mode {
    /** upgrade, downgrade: refuse to run over an unresolved failure. */
    RUN,
    /**
     * stamp (with or without purge, which the plan carries): resolves failures, always leaves a
     * history row.
     */
    STAMP
  }

  private final MigrateConfig config;
  private final ConnectionFactory connections;
  private final Reporter reporter;

  public MigrationRuntime(MigrateConfig config) {
    this(config, null);
  }

  private MigrationRuntime(MigrateConfig config, ConnectionFactory connections) {
    this.config = config;
    this.connections = connections;
    this.reporter = config.reporter();
  }

  /**
   * A runtime whose first {@code count} connections start opening now, on a background thread, so
   * that connecting overlaps the caller's loading of scripts; close it to close those it never
   * used. Without a database, or with a URL that does not parse, it opens nothing ahead: the
   * command reports that when it gets there, after any script error, as it always did.
   */
  public static MigrationRuntime connectingAhead(MigrateConfig config, int count) {
    if (!config.hasDatabase()) {
      return new MigrationRuntime(config);
    }
    try {
      return new MigrationRuntime(config, ConnectionFactory.of(config).openingAhead(count));
    } catch (RuntimeException e) {
      return new MigrationRuntime(config);
    }
  }

  /** Closes the connections opened ahead and never used. */
  @Override
  public void close() {
    if (connections != null) {
      connections.close();
    }
  }

  private ConnectionFactory connections() {
    return connections != null ? connections : ConnectionFactory.of(config);
  }

  /** Runs a changing command under the database lock. */
  public RunResult run(
      String command, Map<String, Migration> migrations, Mode mode, PlanSource planSource) {
    long start = System.nanoTime();
    ConnectionFactory connections = connections();
    try (Connection connection = connections.open()) {
      Dialect dialect = Databases.detect(connection);
      announce(connections, connection);
      StateTables tables = StateTables.of(dialect, config);
      Optional<List<String>> atTarget = atTarget(tables, connection, mode, planSource);
      if (atTarget.isPresent()) {
        reportEditedScripts(
            EditedScript.find(migrations, tables.history().appliedChecksumsInExisting(connection)));
        return new RunResult(
            command,
            List.of(),
            atTarget.get(),
            atTarget.get(),
            Duration.ofNanos(System.nanoTime() - start));
      }
      try (DatabaseLock lock =
          DatabaseLock.acquire(tables, connections, config.lockTimeout(), reporter)) {
        Probe probe = Probe.of(tables, connection, mode, migrations);
        if (mode == Mode.RUN && probe.tablesExist()) {
          reportEditedScripts(
              EditedScript.find(
                  migrations, tables.history().appliedChecksumsInExisting(connection)));
        }
        Plan plan = planSource.plan(probe.rows());
        if (!plan.redundantRows().isEmpty()) {
          reporter.info(
              "Deleting redundant version "
                  + (plan.redundantRows().size() == 1 ? "row " : "rows ")
                  + String.join(", ", plan.redundantRows())
                  + ": each is an ancestor of another row, which says it is applied already"
                  + " (Alembic can leave such rows)");
        }
        JdbcSink sink = new JdbcSink(connection, dialect.pipelinesStatements(), reporter);
        List<AppliedStep> steps = execute(plan, probe, mode, tables, migrations, sink);
        // An empty plan changes no version row (a stamp without steps only writes history).
        List<String> after = plan.isEmpty() ? probe.rows() : tables.version().read(connection);
        return new RunResult(
            command, steps, probe.rows(), after, Duration.ofNanos(System.nanoTime() - start));
      }
    } catch (SQLException e) {
      throw new MigrateException("Database error: " + e.getMessage(), e);
    }
  }

  /**
   * Says which database is about to change, once per changing run: {@code Database:
   * jdbc:postgresql://db:5432/app (PostgreSQL 15.4), from environment variable DATABASE_URL}.
   */
  private void announce(ConnectionFactory connections, Connection connection) throws SQLException {
    reporter.info(
        "Database: "
            + connections.maskedUrl()
            + " ("
            + DatabaseSupport.serverName(connection.getMetaData())
            + ")"
            + (config.urlOrigin() == null ? "" : ", from " + config.urlOrigin()));
  }

  /** Refuses the run with {@code validateOnMigrate}, else warns about each edited script. */
  /**
   * The version rows when an upgrade or downgrade has nothing to do, read without the lock; empty
   * when it may have (the lock is then taken and everything read again under it). Most runs start
   * with the database at its target, and the lock (a second connection, a row or advisory lock and
   * its release) is most of their work with the database. Sound without the lock: the rows are
   * committed state, and a runner still migrating has not reached the target yet. Anything unusual
   * (a table missing, a step recorded as started and not finished, which may be another runner's
   * now, rows to tidy) takes the locked path, which says what it is.
   */
  private static Optional<List<String>> atTarget(
      StateTables tables, Connection connection, Mode mode, PlanSource planSource) {
    if (mode != Mode.RUN
        || !tables.version().exists(connection)
        || !tables.history().exists(connection)
        || tables.history().unresolvedFailureInExisting(connection).isPresent()) {
      return Optional.empty();
    }
    List<String> rows = tables.version().readExisting(connection);
    Plan plan = planSource.plan(rows);
    return plan.isEmpty() && plan.redundantRows().isEmpty() ? Optional.of(rows) : Optional.empty();
  }

  private void reportEditedScripts(List<EditedScript> edited) {
    if (config.validateOnMigrate() && !edited.isEmpty()) {
      throw new EditedScriptsException(
          edited.stream()
              .map(script -> new EditedScriptsException.Edited(script.revision(), script.file()))
              .toList());
    }
    for (EditedScript script : edited) {
      reporter.warn(
          script.problem() + ". Run 'repair' to accept the edit, or restore the applied script.");
    }
  }

  /**
   * What the database holds, read under the lock (a runner that waited finds the work done), and
   * probed once: only this run creates the tables, and only when the plan says so.
   */
  private record Probe(List<String> rows, boolean tablesExist) {
    static Probe of(
        StateTables tables, Connection connection, Mode mode, Map<String, Migration> migrations) {
      boolean versionExists = tables.version().exists(connection);
      boolean historyExists = tables.history().exists(connection);
      if (mode == Mode.RUN && historyExists) {
        Optional<FailedStep> failed = tables.history().unresolvedFailureInExisting(connection);
        if (failed.isPresent()) {
          throw failed.get().unresolved(fileOf(migrations, failed.get().revision()));
        }
      }
      List<String> rows = versionExists ? tables.version().readExisting(connection) : List.of();
      return new Probe(rows, versionExists && historyExists);
    }
  }

  /** Runs the plan through the JDBC sink, with the dialect's settings for a run that changes. */
  private List<AppliedStep> execute(
      Plan plan,
      Probe probe,
      Mode mode,
      StateTables tables,
      Map<String, Migration> migrations,
      JdbcSink sink) {
    Dialect dialect = tables.dialect();
    boolean fast = !plan.isEmpty() && !dialect.fastCommitSettings().isEmpty();
    if (!plan.isEmpty()) {
      sessionSettings(dialect, sink);
    }
    if (fast) {
      dialect.fastCommitSettings().forEach(sql -> sink.execute(generated(sql)));
    }
    try {
      // Nothing to run and nothing to create: not even an empty transaction.
      boolean noop = plan.isEmpty() && probe.tablesExist();
      List<AppliedStep> steps =
          noop
              ? List.of()
              : new StepRunner(
                      tables,
                      migrations,
                      config.transactionMode(),
                      LockGuard.of(config),
                      reporter,
                      config.placeholders())
                  .run(plan, sink, !probe.tablesExist());
      if (mode != Mode.RUN && steps.isEmpty()) {
        recordStamp(tables, sink, probe.rows(), plan.headsAfter());
      }
      return steps;
    } finally {
      if (fast) {
        durableFlush(dialect, sink);
      }
    }
  }

  private void sessionSettings(Dialect dialect, JdbcSink sink) {
    for (String sql : dialect.sessionSettings()) {
      try {
        sink.execute(generated(sql));
      } catch (RuntimeException e) {
        reporter.debug("Session setting not supported: " + e.getMessage());
      }
    }
  }

  /**
   * Changes records under the database lock without running a plan ({@code repair}); creates
   * nothing.
   */
  public <T> T locked(Function<Online, T> work) {
    ConnectionFactory connections = connections();
    try (Connection connection = connections.open()) {
      Dialect dialect = Databases.detect(connection);
      announce(connections, connection);
      StateTables tables = StateTables.of(dialect, config);
      try (DatabaseLock lock =
          DatabaseLock.acquire(tables, connections, config.lockTimeout(), reporter)) {
        return work.apply(new Online(connection, tables, connections));
      }
    } catch (SQLException e) {
      throw new MigrateException("Database error: " + e.getMessage(), e);
    }
  }

  /** Reads something from the database without locking or creating anything. */
  public <T> T read(Function<Online, T> query) {
    ConnectionFactory connections = connections();
    try (Connection connection = connections.open()) {
      Dialect dialect = Databases.detect(connection);
      return query.apply(new Online(connection, StateTables.of(dialect, config), connections));
    } catch (SQLException e) {
      throw new MigrateException("Database error: " + e.getMessage(), e);
    }
  }

  /** A read-only view of the database for listing commands. */
  public record Online(Connection connection, StateTables tables, ConnectionFactory connections) {
    public List<String> rows() {
      return tables.version().read(connection);
    }

    public Map<String, String> appliedChecksums() {
      return tables.history().appliedChecksums(connection);
    }

    /** The history table's rows, oldest first; none when it does not exist. */
    public List<HistoryRecord> historyRecords() {
      return tables.history().records(connection);
    }

    public Dialect dialect() {
      return tables.dialect();
    }

    /**
     * The failure an earlier run left unresolved, worded as the runs refuse it.
     *
     * @param migrations the loaded migrations, to name the failed revision's file
     */
    public Optional<UnresolvedFailureException> unresolvedFailure(
        Map<String, Migration> migrations) {
      return tables
          .history()
          .unresolvedFailure(connection)
          .map(failed -> failed.unresolved(fileOf(migrations, failed.revision())));
    }

    public boolean tablesExist() {
      return tables.version().exists(connection) && tables.history().exists(connection);
    }
  }

  private static String fileOf(Map<String, Migration> migrations, String revision) {
    Migration migration = revision == null ? null : migrations.get(revision);
    return migration == null ? null : migration.revision().source();
  }

  /** Renders a plan as SQL through the script sink: the same path as an online run. */
  public String render(
      Plan plan, Dialect dialect, Map<String, Migration> migrations, boolean createTables) {
    try (Connection schema = offlineSchema(dialect)) {
      StepRunner runner =
          new StepRunner(
              StateTables.of(dialect, config),
              migrations,
              config.transactionMode(),
              LockGuard.of(config),
              Reporter.silent(),
              config.placeholders());
      if (schema != null && !plan.headsBefore().isEmpty()) {
        buildSchemaBefore(plan, migrations, runner, new ScriptSink(dialect, schema));
      }
      ScriptSink sink = new ScriptSink(dialect, schema);
      runner.run(plan, sink, createTables);
      return sink.text();
    } catch (SQLException e) {
      throw new MigrateException("Could not close the in-memory schema copy: " + e.getMessage(), e);
    }
  }

  /**
   * Builds the schema the plan starts from in the in-memory copy, by running the scripts' upgrades
   * from base to the plan's first heads there (their text is thrown away), so that a rendering that
   * does not start at base still knows the tables that earlier revisions created. Best effort: what
   * cannot be built stays unknown, and a change that needs it says so.
   */
  private static void buildSchemaBefore(
      Plan plan, Map<String, Migration> migrations, StepRunner runner, ScriptSink copy) {
    try {
      List<Revision> revisions = migrations.values().stream().map(Migration::revision).toList();
      Plan before = new Planner(RevisionGraph.of(revisions)).upgrade(List.of(), plan.headsBefore());
      runner.run(before, copy, true);
    } catch (RuntimeException e) {
      // Left unknown; see above.
    }
  }

  /** The in-memory database an offline rendering also runs on, or null when it needs none. */
  private static Connection offlineSchema(Dialect dialect) {
    Optional<String> url = dialect.offlineSchemaUrl();
    if (url.isEmpty()) {
      return null;
    }
    try {
      return ConnectionFactory.connect(url.get(), null, null);
    } catch (SQLException e) {
      throw new MigrateException(
          "Could not open an in-memory " + dialect.name() + " database: " + e.getMessage(), e);
    }
  }

  private static void recordStamp(
      StateTables tables, JdbcSink sink, List<String> before, List<String> after) {
    sink.begin();
    tables
        .history()
        .record(new HistoryRow(null, "stamp", before, after, null, 0L, true, null), sink);
    sink.commit();
  }

  private void durableFlush(Dialect dialect, JdbcSink sink) {
    try {
      sink.rollback();
      sink.autocommit();
      for (String sql : dialect.durableFlush()) {
        sink.execute(generated(sql));
      }
    } catch (RuntimeException e) {
      reporter.warn("Could not flush the commits to disk: " + e.getMessage());
    }
  }

  private static dev.migrate.engine.sql.Statement generated(String sql) {
    return dev.migrate.engine.sql.Statement.generated(sql);
  }
}

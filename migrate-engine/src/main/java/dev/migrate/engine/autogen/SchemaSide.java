package dev.migrate.engine.autogen;

import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.api.error.MigrationFailedException;
import dev.migrate.engine.api.error.ModelException;
import dev.migrate.engine.api.error.ScratchDatabaseException;
import dev.migrate.engine.command.Catalog;
import dev.migrate.engine.common.MigrateException;
import dev.migrate.engine.database.DatabaseSupport;
import dev.migrate.engine.database.Databases;
import dev.migrate.engine.database.Dialect;
import dev.migrate.engine.database.SubsetRead;
import dev.migrate.engine.graph.Plan;
import dev.migrate.engine.graph.Step;
import dev.migrate.engine.runtime.SessionRunner;
import dev.migrate.engine.schema.DatabaseSchema;
import dev.migrate.engine.schema.TableSubset;
import dev.migrate.engine.script.SqlMigration;
import dev.migrate.engine.sql.Statement;
import dev.migrate.engine.state.StateTables;
import dev.migrate.engine.verify.ScratchDatabase;
import dev.migrate.engine.verify.SnapshotReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One side of the comparison on a scratch database of the project's kind: the scripts applied to
 * it, or the model's DDL. Kept open after reading, so that the proof can run the new revision on
 * the scripts' side; {@link #close()} drops it.
 */
final class SchemaSide implements AutoCloseable {
  private static final String OUTSIDE = "it makes objects outside the session's temporary schema";

  private final MigrateConfig config;
  private final ScratchDatabase scratch;
  private final Connection connection;
  private final Dialect dialect;
  private final SnapshotReader reader;
  private boolean temporary;

  private SchemaSide(MigrateConfig config, ScratchDatabase scratch) {
    this.config = config;
    this.scratch = scratch;
    Connection opened = null;
    try {
      opened = scratch.connect();
      this.dialect = Databases.detect(opened);
      // Nothing on a throwaway database needs to survive a crash: a model's hundreds of
      // statements each commit without waiting for the disk.
      execute(opened, dialect.fastCommitSettings());
    } catch (SQLException e) {
      closeQuietly(opened);
      scratch.close();
      throw new ScratchDatabaseException(
          "Could not use the scratch database " + scratch.describe() + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeQuietly(opened);
      scratch.close();
      throw e;
    }
    this.connection = opened;
    this.reader = new SnapshotReader(ownTables(config));
  }

  /**
   * Makes what the statements to come create temporary, when the database has temporary objects,
   * none was made yet and the statements keep to them by their words.
   */
  private void useTemporaryObjects(List<Statement> statements) {
    if (dialect.temporaryObjectsSettings().isEmpty()
        || !statements.stream().allMatch(s -> dialect.keepsToTemporaryObjects(s.sql()))) {
      return;
    }
    try {
      if (dialect.onlyTemporaryObjects(connection)) {
        execute(connection, dialect.temporaryObjectsSettings());
        temporary = true;
      }
    } catch (SQLException e) {
      throw new ScratchDatabaseException(
          "Could not use the scratch database " + scratch.describe() + ": " + e.getMessage(), e);
    }
  }

  /** A new scratch database like the configured database's. */
  static SchemaSide open(MigrateConfig config) {
    return new SchemaSide(config, ScratchDatabase.like(config, null, "autogenerate"));
  }

  /**
   * A new scratch database upgraded along the plan (none for null) through the runtime, as a user's
   * run would; of temporary objects as {@link #withModel} is, unless {@code temporaryObjects} is
   * false, {@code schema} is set (the runtime makes that schema) or a step is a Java migration.
   */
  static SchemaSide withScripts(
      MigrateConfig config, Catalog catalog, Plan plan, boolean temporaryObjects) {
    if (plan == null) {
      return open(config);
    }
    boolean mayBeTemporary = temporaryObjects && config.schema() == null;
    return built(
        config,
        "the scripts' side",
        dialect -> mayBeTemporary ? scriptStatements(catalog, plan, dialect) : Optional.empty(),
        (side, planned) -> {
          try {
            side.upgrade(catalog, plan);
            return Optional.empty();
          } catch (MigrateException e) {
            if (!side.temporary) {
              throw e;
            }
            return Optional.of(oneLine(e.getMessage()));
          }
        });
  }

  /**
   * The plan's statements; empty when a step is not a script (a Java migration may do anything).
   */
  private static Optional<List<Statement>> scriptStatements(
      Catalog catalog, Plan plan, Dialect dialect) {
    List<Statement> statements = new ArrayList<>();
    for (Step step : plan.steps()) {
      if (!(catalog.migrations().get(step.revision().id()) instanceof SqlMigration script)) {
        return Optional.empty();
      }
      statements.addAll(script.upgradeStatements(dialect.syntax()));
    }
    return Optional.of(statements);
  }

  /**
   * A new scratch database with a model's statements applied, a {@link ModelException} naming the
   * statement that fails. Built of temporary objects where the database has them (nothing but this
   * connection ever uses it); built again of ordinary ones when a statement fails so, or makes
   * anything outside the temporary schema (an extension, a schema of its own), so that the read is
   * always the one ordinary tables give.
   *
   * @param statements the model's statements in the scratch database's dialect, by its name ({@link
   *     Dialect#name()})
   */
  static SchemaSide withModel(
      MigrateConfig config,
      String model,
      String description,
      Function<String, List<Statement>> statements) {
    return built(
        config,
        "the model",
        dialect -> Optional.of(statements.apply(dialect.name())),
        (side, planned) -> {
          List<Statement> applied = planned.orElseThrow();
          if (!side.temporary) {
            side.apply(model, description, applied);
            return Optional.empty();
          }
          // The first chunk alone first: a file that names its schema (pg_dump's do) shows it
          // there, and is built again before all of it has run twice.
          int first = Math.min(applied.size(), ScratchStatements.CHUNK);
          Optional<ScratchStatements.Failure> failure = side.run(applied.subList(0, first));
          if (failure.isEmpty() && !side.onlyTemporaryObjects()) {
            return Optional.of(OUTSIDE);
          }
          if (failure.isEmpty()) {
            failure = side.run(applied.subList(first, applied.size()));
          }
          return failure.map(
              f -> "statement " + f.statement().index() + " " + oneLine(f.message()));
        });
  }

  /** A side's build: runs what was planned, as {@link #built} asks. */
  @FunctionalInterface
  private interface Build {
    /**
     * Throws the build's own error on ordinary objects; on temporary ones returns why it must be
     * built again of ordinary ones instead.
     */
    Optional<String> run(SchemaSide side, Optional<List<Statement>> planned);
  }

  /**
   * A new side, built of temporary objects when the statements planned for it keep to them by their
   * words (none planned: ordinary ones), and built again of ordinary ones when the build says so or
   * left anything outside the temporary schema. The plan is asked for once.
   */
  private static SchemaSide built(
      MigrateConfig config,
      String what,
      Function<Dialect, Optional<List<Statement>>> plan,
      Build build) {
    SchemaSide side = open(config);
    Optional<List<Statement>> planned;
    Optional<String> again;
    try {
      planned = plan.apply(side.dialect);
      planned.ifPresent(side::useTemporaryObjects);
      again = build.run(side, planned);
      if (again.isEmpty() && (!side.temporary || side.onlyTemporaryObjects())) {
        return side;
      }
    } catch (RuntimeException e) {
      side.close();
      throw e;
    }
    config
        .reporter()
        .debug(
            "autogenerate: "
                + what
                + " is built again of ordinary tables: "
                + again.orElse(OUTSIDE));
    side.close();
    SchemaSide ordinary = open(config);
    try {
      build.run(ordinary, planned);
      return ordinary;
    } catch (RuntimeException e) {
      ordinary.close();
      throw e;
    }
  }

  /** Migrate's own tables, which no side compares. */
  static List<String> ownTables(MigrateConfig config) {
    return List.of(
        config.versionTable(), config.historyTable(), StateTables.lockTable(config.versionTable()));
  }

  Dialect dialect() {
    return dialect;
  }

  /** Whether this side's objects are temporary ({@link Dialect#temporaryObjectsSettings()}). */
  boolean temporary() {
    return temporary;
  }

  /** The server's product and version, as a remembered schema records where it was read. */
  String server() {
    try {
      return DatabaseSupport.serverName(connection.getMetaData());
    } catch (SQLException e) {
      throw new ScratchDatabaseException(
          "Could not use the scratch database " + scratch.describe() + ": " + e.getMessage(), e);
    }
  }

  private void upgrade(Catalog catalog, Plan plan) {
    createSchema();
    MigrateConfig scratchConfig =
        config.toBuilder()
            .dataSource(null)
            .url(scratch.url())
            .user(scratch.user())
            .password(scratch.password())
            .reporter(config.reporter().quieter())
            .build();
    try {
      new SessionRunner(scratchConfig, connection, catalog.migrations()).run(plan);
    } catch (MigrationFailedException e) {
      throw new MigrateException(
          "The scripts do not run on the scratch database "
              + scratch.describe()
              + ": "
              + e.getMessage(),
          e);
    }
  }

  /**
   * Runs the model's statements in order; a failing one is a {@link ModelException} naming the
   * model, the statement and what the database said.
   */
  void apply(String model, String description, List<Statement> statements) {
    Optional<ScratchStatements.Failure> failure = run(statements);
    if (failure.isPresent()) {
      Statement statement = failure.get().statement();
      throw new ModelException(
          model,
          description
              + ": statement "
              + statement.index()
              + (statement.line() > 0 ? " (line " + statement.line() + ")" : "")
              + " fails on "
              + dialect.name()
              + ": "
              + failure.get().message().strip());
    }
  }

  /**
   * Runs statements of a generated revision; returns the first failure in the database's words,
   * naming the statement, or empty when all ran.
   */
  Optional<String> tryRun(List<Statement> statements) {
    return run(statements)
        .map(
            failure ->
                "statement "
                    + failure.statement().index()
                    + " ("
                    + oneLine(failure.statement().sql())
                    + ") fails: "
                    + oneLine(failure.message()));
  }

  private boolean onlyTemporaryObjects() {
    try {
      return dialect.onlyTemporaryObjects(connection);
    } catch (SQLException e) {
      throw new ScratchDatabaseException(
          "Could not use the scratch database " + scratch.describe() + ": " + e.getMessage(), e);
    }
  }

  private static void execute(Connection connection, List<String> settings) throws SQLException {
    try (java.sql.Statement statement = connection.createStatement()) {
      for (String sql : settings) {
        statement.execute(sql);
      }
    }
  }

  private Optional<ScratchStatements.Failure> run(List<Statement> statements) {
    try {
      return ScratchStatements.run(connection, dialect, statements);
    } catch (SQLException e) {
      throw new ScratchDatabaseException(
          "Could not use the scratch database " + scratch.describe() + ": " + e.getMessage(), e);
    }
  }

  /**
   * The schema now, without migrate's own tables, and without grants: no change value expresses a
   * grant, so autogenerate neither writes nor reports them.
   */
  DatabaseSchema read() {
    return reader.read(connection).withoutGrants();
  }

  /** As {@link #read()}, of the subset's tables and everything that is not part of a table. */
  SubsetRead read(TableSubset subset) {
    SubsetRead read = reader.read(connection, subset);
    return new SubsetRead(read.schema().withoutGrants(), read.covered(), read.tableNames());
  }

  @Override
  public void close() {
    if (temporary) {
      try {
        dialect.dropTemporaryObjects(connection);
      } catch (SQLException e) {
        config
            .reporter()
            .debug(
                "autogenerate: the model's temporary tables were not dropped: " + e.getMessage());
      }
    }
    closeQuietly(connection);
    scratch.close();
  }

  private void createSchema() {
    if (config.schema() == null) {
      return;
    }
    Optional<String> create = dialect.createSchemaIfMissing(config.schema());
    if (create.isEmpty()) {
      return;
    }
    try (java.sql.Statement statement = connection.createStatement()) {
      statement.execute(create.get());
    } catch (SQLException e) {
      throw new ScratchDatabaseException(
          "Could not create schema "
              + config.schema()
              + " in the scratch database: "
              + e.getMessage(),
          e);
    }
  }

  private static String oneLine(String text) {
    String flat = text.strip().replaceAll("\\s+", " ");
    return flat.length() > 160 ? flat.substring(0, 157) + "..." : flat;
  }

  private static void closeQuietly(Connection connection) {
    if (connection == null) {
      return;
    }
    try {
      connection.close();
    } catch (SQLException e) {
      // the scratch database is dropped next; a failed close changes nothing
    }
  }
}

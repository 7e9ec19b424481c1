package dev.migrate.engine;

import dev.migrate.engine.api.AutogenerateResult;
import dev.migrate.engine.api.Branch;
import dev.migrate.engine.api.HistoryRecord;
import dev.migrate.engine.api.LintResult;
import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.api.ModelDdl;
import dev.migrate.engine.api.RepairResult;
import dev.migrate.engine.api.RevisionEntry;
import dev.migrate.engine.api.RevisionRequest;
import dev.migrate.engine.api.RunResult;
import dev.migrate.engine.api.Status;
import dev.migrate.engine.api.ValidationResult;
import dev.migrate.engine.api.VerifyOptions;
import dev.migrate.engine.api.VerifyReport;
import dev.migrate.engine.api.error.MissingTargetException;
import dev.migrate.engine.autogen.Autogenerate;
import dev.migrate.engine.command.AppliedRecords;
import dev.migrate.engine.command.Catalog;
import dev.migrate.engine.command.Checks;
import dev.migrate.engine.command.HistoryQuery;
import dev.migrate.engine.command.Lint;
import dev.migrate.engine.command.Listings;
import dev.migrate.engine.command.OfflineSql;
import dev.migrate.engine.command.Repair;
import dev.migrate.engine.common.MigrateException;
import dev.migrate.engine.graph.Plan;
import dev.migrate.engine.graph.Planner;
import dev.migrate.engine.graph.TargetParser;
import dev.migrate.engine.jdbc.ConnectionFactory;
import dev.migrate.engine.runtime.MigrationRuntime;
import dev.migrate.engine.script.Authoring;
import dev.migrate.engine.script.NewRevision;
import dev.migrate.engine.verify.VerifyCommand;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import javax.sql.DataSource;

/**
 * The engine's facade: one method per command, the same names as the Maven goals and the CLI.
 * Targets cross this API as strings in Alembic's grammar ({@code heads}, {@code base}, {@code
 * label@head}, {@code -1}, a unique prefix ...) and are parsed inside.
 *
 * <p>Each online command opens its own connections, takes the database lock where it changes
 * anything, and closes everything before it returns; a Migrator holds no connection.
 */
public final class Migrator {
  private final MigrateConfig config;
  // Set for a fleet's targets, which share the scripts loaded and parsed once.
  private final Catalog loaded;

  private Migrator(MigrateConfig config, Catalog loaded) {
    this.config = config;
    this.loaded = loaded;
  }

  /** A migrator over a validated configuration. */
  public static Migrator create(MigrateConfig config) {
    return new Migrator(config, null);
  }

  /** A migrator for one fleet target over scripts the fleet has loaded. */
  static Migrator withCatalog(MigrateConfig config, Catalog catalog) {
    return new Migrator(config, catalog);
  }

  private Catalog catalog() {
    return loaded != null ? loaded : Catalog.load(config);
  }

  /** The configuration this migrator runs with. */
  public MigrateConfig config() {
    return config;
  }

  /**
   * Opens the configured database when it is an embedded H2 file database that already exists, for
   * a front end that keeps it open while a short command runs (H2's first open is the largest part
   * of such a command); empty for every other database, and when the open fails. Never creates a
   * database; {@code readOnly} opens it without writing.
   */
  public Optional<Connection> openExistingEmbedded(boolean readOnly) {
    return ConnectionFactory.of(config).openExistingEmbedded(readOnly);
  }

  private MigrationRuntime runtime() {
    return new MigrationRuntime(config);
  }

  /** The runtime of a command that will connect: connecting overlaps loading the scripts. */
  private MigrationRuntime connectingRuntime(int connections) {
    if (loaded != null) {
      // A fleet target: its scripts are loaded already, and its connections come from a pool.
      return runtime();
    }
    return MigrationRuntime.connectingAhead(config, connections);
  }

  /**
   * Upgrades a database to the heads of the scripts in one call, for applications at start-up:
   * {@code Migrator.migrateToHeads(dataSource)} with the default location {@code
   * classpath:db/migrations}.
   */
  public static RunResult migrateToHeads(DataSource dataSource) {
    return migrateToHeads(dataSource, MigrateConfig.DEFAULT_LOCATION);
  }

  /** {@link #migrateToHeads(DataSource)} with the given script locations. */
  public static RunResult migrateToHeads(DataSource dataSource, String... locations) {
    return create(MigrateConfig.builder().dataSource(dataSource).locations(locations).build())
        .upgrade("heads");
  }

  /** Upgrades to the target ({@code heads} when null). */
  public RunResult upgrade(String target) {
    String to = target == null || target.isBlank() ? "heads" : target;
    TargetParser.requireSingle(to);
    return change(
        "upgrade", MigrationRuntime.Mode.RUN, (planner, rows) -> planner.upgrade(rows, to));
  }

  /** Downgrades to the target, e.g. {@code -1}, {@code base}, {@code label@rev}. */
  public RunResult downgrade(String target) {
    if (target == null || target.isBlank()) {
      throw MissingTargetException.downgrade();
    }
    TargetParser.requireSingle(target);
    return change(
        "downgrade", MigrationRuntime.Mode.RUN, (planner, rows) -> planner.downgrade(rows, target));
  }

  /** Writes version rows for the targets without running scripts; purge empties the table first. */
  public RunResult stamp(List<String> targets, boolean purge) {
    if (targets == null || targets.isEmpty()) {
      throw MissingTargetException.stamp();
    }
    return change(
        "stamp",
        MigrationRuntime.Mode.STAMP,
        (planner, rows) -> planner.stamp(rows, targets, purge));
  }

  /**
   * A changing command: the run's connection opens while the scripts load; the plan is made under
   * the lock from the rows read there, unless the rows read before say there is nothing to do (the
   * lock's connection is then never opened).
   */
  private RunResult change(
      String command, MigrationRuntime.Mode mode, BiFunction<Planner, List<String>, Plan> plan) {
    try (MigrationRuntime runtime = connectingRuntime(1)) {
      Catalog catalog = catalog();
      return runtime.run(
          command, catalog.migrations(), mode, rows -> plan.apply(catalog.planner(), rows));
    }
  }

  /**
   * The database's current revisions (rows plus tips implied through dependencies); none for a
   * project without scripts yet whose database holds no revision.
   */
  public List<RevisionEntry> current() {
    return current(false);
  }

  /**
   * {@link #current()}; with {@code applied}, each entry also says when, by whom and how long it
   * was applied (from the history table), which its verbose form shows.
   */
  public List<RevisionEntry> current(boolean applied) {
    try (MigrationRuntime runtime = connectingRuntime(1)) {
      Catalog catalog = loaded != null ? loaded : Catalog.loadAllowingNone(config);
      if (!applied) {
        return Listings.current(catalog, runtime.read(MigrationRuntime.Online::rows));
      }
      return runtime.read(
          online -> {
            List<String> rows = online.rows();
            return AppliedRecords.of(online.historyRecords(), catalog.graph())
                .attach(
                    Listings.current(catalog, rows),
                    catalog.graph(),
                    catalog.graph().current(rows));
          });
    }
  }

  /** The heads of the scripts. */
  public List<RevisionEntry> heads() {
    Catalog catalog = catalog();
    return new Listings(catalog, List.of()).entries(catalog.graph().heads());
  }

  /** The branch points of the scripts and what they branch into. */
  public List<Branch> branches() {
    return new Listings(catalog(), List.of()).branches();
  }

  /** Revisions in a range ({@code A:B}, {@code :B}, {@code A:}, {@code current:}), newest first. */
  public List<RevisionEntry> history(String range, boolean indicateCurrent) {
    return history(range, indicateCurrent, false);
  }

  /**
   * {@link #history(String, boolean)}; with {@code applied} and a database configured, the entries
   * of applied revisions also say when, by whom and how long they were applied (from the history
   * table), which their verbose form shows.
   */
  public List<RevisionEntry> history(String range, boolean indicateCurrent, boolean applied) {
    HistoryQuery query = new HistoryQuery(range, indicateCurrent);
    boolean withApplied = applied && config.hasDatabase();
    boolean reads = query.readsDatabase() || withApplied;
    try (MigrationRuntime runtime = reads ? connectingRuntime(1) : runtime()) {
      Catalog catalog = catalog();
      if (!withApplied) {
        List<String> rows =
            query.readsDatabase() ? runtime.read(MigrationRuntime.Online::rows) : List.of();
        return query.entries(catalog, rows);
      }
      return runtime.read(
          online -> {
            List<String> rows = online.rows();
            return AppliedRecords.of(online.historyRecords(), catalog.graph())
                .attach(
                    query.entries(catalog, rows), catalog.graph(), catalog.graph().current(rows));
          });
    }
  }

  /** The revisions a symbol resolves to ({@code current} allowed). */
  public List<RevisionEntry> show(String revision) {
    if (TargetParser.isCurrent(revision)) {
      return current();
    }
    Catalog catalog = catalog();
    return new Listings(catalog, List.of()).entries(catalog.graph().resolve(revision));
  }

  /**
   * Problems that make the database not match the scripts: pending revisions, edited scripts,
   * revisions the scripts do not know, an unresolved failure.
   */
  public ValidationResult check() {
    return check(null);
  }

  /**
   * {@link #check()}, and when a model is configured or given, also the model's changes that no
   * revision captures (Alembic's {@code alembic check}), naming them.
   *
   * @param model the model (JPA entities from their module), or null for the configured one
   */
  public ValidationResult check(ModelDdl model) {
    ValidationResult database;
    try (MigrationRuntime runtime = connectingRuntime(1)) {
      Catalog catalog = catalog();
      Checks checks = new Checks(catalog);
      if (config.lint().onCheck()) {
        Lint lint = new Lint(config, catalog);
        database = runtime.read(online -> checks.check(online).with(lint.pendingProblems(online)));
      } else {
        database = runtime.read(checks::check);
      }
    }
    if (model == null && config.model() == null) {
      return database;
    }
    List<String> problems = new ArrayList<>(database.problems());
    problems.addAll(new Autogenerate(config).drift(model));
    return new ValidationResult(problems);
  }

  /**
   * Lints revisions for lock-heavy operations: the pending ones when a database is configured, else
   * all; or a range ({@code base:heads}, {@code ae10:}), a revision, or a script file.
   */
  public LintResult lint(String selection) {
    try (MigrationRuntime runtime = config.hasDatabase() ? connectingRuntime(1) : runtime()) {
      return new Lint(config, catalog()).run(runtime, selection);
    }
  }

  /**
   * Graph and checksum sanity, changing nothing: the scripts load and form a valid graph, applied
   * scripts are unchanged, and the database holds no revision the scripts do not know.
   */
  public ValidationResult validate() {
    try (MigrationRuntime runtime = connectingRuntime(1)) {
      Catalog catalog;
      try {
        catalog = catalog();
      } catch (MigrateException e) {
        return new ValidationResult(List.of(e.getMessage()));
      }
      if (!config.hasDatabase()) {
        return new Checks(catalog).validateOffline(config.dialect());
      }
      return runtime.read(new Checks(catalog)::validate);
    }
  }

  /**
   * Accepts intentional edits of applied scripts and clears failed steps (Flyway's {@code repair}):
   * records each edited script's new checksum and removes the history rows of failed or unfinished
   * steps, one line per change. Changes no schema object and no version row; takes the lock.
   */
  public RepairResult repair() {
    try (MigrationRuntime runtime = connectingRuntime(2)) {
      Repair repair = new Repair(catalog());
      RepairResult result = runtime.locked(repair::apply);
      result.lines().forEach(config.reporter()::info);
      return result;
    }
  }

  /**
   * Current heads, script heads, pending revisions and an unresolved failure, for application
   * health checks.
   */
  public Status status() {
    try (MigrationRuntime runtime = connectingRuntime(1)) {
      Checks checks = new Checks(catalog());
      return runtime.read(checks::status);
    }
  }

  /** The rows of the history table, oldest first; none when the table does not exist yet. */
  public List<HistoryRecord> historyRecords() {
    try (MigrationRuntime runtime = connectingRuntime(1)) {
      return runtime.read(MigrationRuntime.Online::historyRecords);
    }
  }

  /**
   * Renders the SQL of an upgrade instead of running it: from the database's heads when one is
   * configured and the argument is a plain target ({@code heads} when blank), else offline from
   * {@code START:END}, or from base to a plain target.
   */
  public String upgradeSql(String rangeOrTarget) {
    return new OfflineSql(config, runtime(), catalog()).upgrade(rangeOrTarget);
  }

  /** Renders the SQL of a downgrade; offline the argument must be a {@code START:END} range. */
  public String downgradeSql(String rangeOrTarget) {
    if (rangeOrTarget == null || rangeOrTarget.isBlank()) {
      throw MissingTargetException.downgradeSql();
    }
    return new OfflineSql(config, runtime(), catalog()).downgrade(rangeOrTarget);
  }

  /**
   * Writes a new revision script and returns its path: into the request's or the configured
   * versionPath, else the first {@code filesystem:} location; on the single head unless the request
   * names one. The project's {@code src/main/migrate/script.sql.template} is used when present and
   * no scriptTemplate is configured.
   */
  public Path revision(RevisionRequest request) {
    return authoring().revision(spec(request), request.versionPath());
  }

  /**
   * Writes a revision whose upgrade and downgrade bring the schema the scripts give to the
   * configured model and back ({@code revision --autogenerate}), after proving both on a scratch
   * database; prints one line per change detected. Writes nothing when they agree.
   */
  public AutogenerateResult autogenerate(RevisionRequest request) {
    return autogenerate(request, null);
  }

  /**
   * {@link #autogenerate(RevisionRequest)} against the given model (JPA entities from their
   * module); null for the configured one.
   */
  public AutogenerateResult autogenerate(RevisionRequest request, ModelDdl model) {
    return new Autogenerate(config)
        .revision(spec(request), request.versionPath(), authoring(), model);
  }

  private static NewRevision spec(RevisionRequest request) {
    return new NewRevision(
        request.message(),
        request.head(),
        request.splice(),
        request.branchLabel(),
        request.dependsOn(),
        request.revId());
  }

  /** Writes a merge revision over the given revisions ({@code heads} by default). */
  public Path merge(List<String> revisions, String message, String branchLabel, String revId) {
    return authoring().merge(revisions, message, branchLabel, revId);
  }

  private Authoring authoring() {
    return Authoring.of(
        new Authoring.Settings(
            config.locations(),
            config.classLoader(),
            config.baseDirectory(),
            config.versionPath(),
            config.fileTemplate(),
            config.scriptTemplate(),
            config.optionSpelling()));
  }

  /**
   * Proves against a scratch database that the scripts have one head, upgrade from base, and that
   * every downgrade undoes its upgrade (the staircase); changes nothing else.
   */
  public VerifyReport verify() {
    return verify(VerifyOptions.defaults());
  }

  /**
   * {@link #verify()} with a chosen scratch database and expected heads. Never touches the
   * configured database: the scratch database is created for the run and dropped after it.
   */
  public VerifyReport verify(VerifyOptions options) {
    return new VerifyCommand(config, options).run();
  }
}

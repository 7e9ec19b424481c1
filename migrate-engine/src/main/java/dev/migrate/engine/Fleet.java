package dev.migrate.engine;

import dev.migrate.engine.api.FleetResult;
import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.api.RunResult;
import dev.migrate.engine.api.Status;
import dev.migrate.engine.api.TargetResult;
import dev.migrate.engine.api.TargetResult.Outcome;
import dev.migrate.engine.api.ValidationResult;
import dev.migrate.engine.api.error.MissingTargetException;
import dev.migrate.engine.command.Catalog;
import dev.migrate.engine.common.Reporter;
import dev.migrate.engine.fleet.Failures;
import dev.migrate.engine.fleet.FleetReport;
import dev.migrate.engine.fleet.FleetRunner;
import dev.migrate.engine.fleet.FleetTarget;
import dev.migrate.engine.fleet.ServerPool;
import dev.migrate.engine.fleet.TargetList;
import dev.migrate.engine.graph.TargetParser;
import dev.migrate.engine.jdbc.ConnectionFactory;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * A command over a fleet: the configured {@code targets} or {@code targetsQuery}, this runner's
 * shard of them, at most {@code parallel} at once. Each target is a {@link Migrator} over the
 * scripts loaded once, with its own version and history tables, its own lock, the target's schema
 * as the session's default and {@code ${tenant}} set to its name. A failed target does not stop the
 * others (unless {@code failFast}); every target prints one line as it finishes, and the {@link
 * FleetResult} carries each outcome, the summary and the exit code.
 */
public final class Fleet {
  private final MigrateConfig config;

  private Fleet(MigrateConfig config) {
    this.config = config;
  }

  /** A fleet over a configuration that names its targets ({@link MigrateConfig#isFleet()}). */
  public static Fleet create(MigrateConfig config) {
    if (!config.isFleet()) {
      throw new IllegalArgumentException("the configuration names no fleet targets");
    }
    return new Fleet(config);
  }

  /**
   * The exit code of a fleet command that failed before any target ran (the server unreachable, the
   * targets query failing): {@link FleetResult#EXIT_RETRYABLE} when a retry can help, as it would
   * for a target, else {@link FleetResult#EXIT_FAILED}.
   */
  public static int exitCode(RuntimeException failure) {
    return Failures.retryable(failure) ? FleetResult.EXIT_RETRYABLE : FleetResult.EXIT_FAILED;
  }

  /** Upgrades every target to the target revision ({@code heads} when null). */
  public FleetResult upgrade(String target) {
    String to = target == null || target.isBlank() ? "heads" : target;
    TargetParser.requireSingle(to);
    return run("upgrade", true, () -> Catalog.load(config), m -> ran(m.upgrade(to)));
  }

  /** Downgrades every target to the target revision. */
  public FleetResult downgrade(String target) {
    if (target == null || target.isBlank()) {
      throw MissingTargetException.downgrade();
    }
    TargetParser.requireSingle(target);
    return run("downgrade", true, () -> Catalog.load(config), m -> ran(m.downgrade(target)));
  }

  /** Stamps every target with the revisions, without running scripts. */
  public FleetResult stamp(List<String> targets, boolean purge) {
    if (targets == null || targets.isEmpty()) {
      throw MissingTargetException.stamp();
    }
    return run("stamp", true, () -> Catalog.load(config), m -> ran(m.stamp(targets, purge)));
  }

  /** Every target's current revisions. */
  public FleetResult current() {
    return run(
        "current",
        false,
        () -> Catalog.loadAllowingNone(config),
        m -> {
          Status status = m.status();
          String at = status.currentHeads().isEmpty() ? "<base>" : heads(status.currentHeads());
          return done(status, "at " + at);
        });
  }

  /** Every target's heads against the scripts, with the revisions pending. */
  public FleetResult status() {
    return run(
        "status",
        false,
        () -> Catalog.load(config),
        m -> {
          Status status = m.status();
          String at = status.currentHeads().isEmpty() ? "<base>" : heads(status.currentHeads());
          return done(
              status,
              status.upToDate()
                  ? "up to date at " + at
                  : "at " + at + ", " + status.pending().size() + " pending");
        });
  }

  /** Every target checked against the scripts; a target with findings is pending. */
  public FleetResult check() {
    return run(
        "check",
        false,
        () -> Catalog.load(config),
        m -> {
          ValidationResult found = m.check();
          return found.ok()
              ? new Done(Outcome.UP_TO_DATE, List.of(), "up to date")
              : new Done(Outcome.PENDING, List.of(), String.join("; ", found.problems()));
        });
  }

  /** What one target's command returned, before its name and time are added. */
  private record Done(Outcome outcome, List<String> heads, String detail) {}

  private interface TargetCommand {
    Done run(Migrator migrator);
  }

  private static Done ran(RunResult result) {
    Outcome outcome = result.steps().isEmpty() ? Outcome.UP_TO_DATE : Outcome.CHANGED;
    String detail =
        result.steps().isEmpty()
            ? "up to date at " + heads(result.headsAfter())
            : result.summary().substring(0, 1).toLowerCase() + result.summary().substring(1);
    return new Done(outcome, result.headsAfter(), detail);
  }

  private static Done done(Status status, String detail) {
    return new Done(
        status.upToDate() ? Outcome.UP_TO_DATE : Outcome.PENDING, status.currentHeads(), detail);
  }

  private static String heads(List<String> heads) {
    return heads.isEmpty() ? "<base>" : String.join(", ", heads);
  }

  private FleetResult run(
      String command, boolean changes, Supplier<Catalog> load, TargetCommand work) {
    long start = System.nanoTime();
    Catalog catalog = load.get();
    Reporter reporter = config.reporter();
    try (ServerPool pool = pool()) {
      List<FleetTarget> all =
          TargetList.resolve(config, sql -> pool == null ? List.of() : pool.query(sql));
      List<FleetTarget> mine = TargetList.shard(all, config.shardIndex(), config.shardCount());
      int parallel = Math.min(config.parallel(), Math.max(1, mine.size()));
      if (changes && parallel > 1 && schemas(mine) && !pool.dialect().concurrentDdl()) {
        parallel = 1;
      }
      reporter.info(
          "Fleet "
              + command
              + ": "
              + mine.size()
              + " of "
              + all.size()
              + " targets"
              + (config.shardCount() > 1
                  ? " (shard " + config.shardIndex() + " of " + config.shardCount() + ")"
                  : "")
              + ", "
              + parallel
              + " at a time"
              + (parallel < config.parallel() && parallel < mine.size()
                  ? " (the server runs one schema change at a time)"
                  : ""));
      List<TargetResult> results =
          new FleetRunner(parallel, config.failFast(), reporter)
              .run(mine, target -> one(target, pool, changes, catalog, work));
      FleetResult result =
          new FleetResult(
              command,
              results,
              all.size(),
              config.shardIndex(),
              config.shardCount(),
              Duration.ofNanos(System.nanoTime() - start));
      if (config.fleetReport() != null) {
        FleetReport.write(result, config.fleetReport());
      }
      return result;
    }
  }

  private static boolean schemas(List<FleetTarget> targets) {
    return targets.stream().anyMatch(FleetTarget::isSchema);
  }

  /** The pool of the configured server, for schema targets and the query; null without one. */
  private ServerPool pool() {
    if (!config.hasDatabase() || TargetList.tenantUrl(config)) {
      return null;
    }
    return new ServerPool(ConnectionFactory.of(config));
  }

  private TargetResult one(
      FleetTarget target, ServerPool pool, boolean changes, Catalog catalog, TargetCommand work) {
    long start = System.nanoTime();
    MigrateConfig.Builder builder =
        config.toBuilder()
            .single()
            .reporter(new TargetReporter(target.name(), config.reporter()))
            .placeholder("tenant", target.name());
    if (target.isSchema()) {
      builder.dataSource(pool.forSchema(target.schema(), changes)).schema(target.schema());
    } else {
      builder.dataSource(null).url(target.url());
    }
    Done done = work.run(Migrator.withCatalog(builder.build(), catalog));
    return new TargetResult(
        target.name(),
        done.outcome(),
        done.heads(),
        done.detail(),
        null,
        Duration.ofNanos(System.nanoTime() - start));
  }

  /** A target's progress under its name: step lines at debug level, warnings as they come. */
  private record TargetReporter(String name, Reporter reporter) implements Reporter {
    @Override
    public void info(String message) {
      debug(message);
    }

    // Targets run on several threads; the front end's reporter need not be thread-safe.
    @Override
    public void warn(String message) {
      synchronized (reporter) {
        reporter.warn(name + ": " + message);
      }
    }

    @Override
    public void debug(String message) {
      synchronized (reporter) {
        reporter.debug(name + ": " + message);
      }
    }
  }
}

package dev.migrate.cli;

import dev.migrate.engine.Fleet;
import dev.migrate.engine.Migrator;
import dev.migrate.engine.api.FleetResult;
import dev.migrate.engine.api.RevisionEntry;
import dev.migrate.engine.api.RunResult;
import dev.migrate.engine.common.MigrateException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Template for every subcommand: resolve the settings, create the {@link Migrator}, run one facade
 * method, print its result. Failures propagate to {@link Main}, which maps them to exit codes.
 */
abstract class EngineCommand implements Callable<Integer> {
  private MigrateCommand root;

  /** The command's picocli model: name, description, options and parameters. */
  abstract CommandSpec spec();

  /** Hands the command the global options it runs under. */
  final EngineCommand under(MigrateCommand root) {
    this.root = root;
    return this;
  }

  @Override
  public final Integer call() {
    Migrator migrator = root.migrator(stdoutIsData());
    if (migrator.config().isFleet()) {
      try {
        return runFleet(Fleet.create(migrator.config()), root.console());
      } catch (MigrateException e) {
        // Before any target ran: a Kubernetes pod must still be able to tell an unreachable
        // server, worth a retry, from a broken command, which Main maps to 1 or 2.
        if (Fleet.exitCode(e) != FleetResult.EXIT_RETRYABLE) {
          throw e;
        }
        root.console().error("ERROR: " + e.getMessage() + " [retryable]");
        return FleetResult.EXIT_RETRYABLE;
      }
    }
    return run(migrator, root.console());
  }

  /**
   * Runs the command over the fleet that {@code --targets} or {@code --targets-query} names and
   * returns the fleet's exit code; commands that do not run over a fleet refuse it.
   */
  int runFleet(Fleet fleet, Console console) {
    throw new UsageException(
        "--targets and --targets-query work with upgrade, downgrade, stamp, current, status and"
            + " check, not with "
            + spec().name());
  }

  /** The fleet's closing lines; the target lines arrived as each target finished. */
  static int printFleet(FleetResult result, Console console) {
    result.summary().forEach(console::line);
    return result.exitCode();
  }

  /** True when stdout carries data (SQL) that progress lines must not mix into. */
  boolean stdoutIsData() {
    return false;
  }

  /** Runs the command and returns the exit code. */
  abstract int run(Migrator migrator, Console console);

  /** The end-of-run line; the step lines arrived as progress while the run went on. */
  static int printRun(RunResult result, Console console) {
    console.line(result.summary());
    return Main.OK;
  }

  /** Listing commands print one short line, or Alembic's verbose block, per entry. */
  static void printEntries(
      List<RevisionEntry> entries, boolean verbose, boolean withCurrent, Console console) {
    for (RevisionEntry entry : entries) {
      console.line(verbose ? entry.verbose() : entry.idWithFlags(withCurrent));
    }
  }
}

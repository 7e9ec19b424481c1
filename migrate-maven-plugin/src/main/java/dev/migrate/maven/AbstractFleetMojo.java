package dev.migrate.maven;

import dev.migrate.engine.api.FleetResult;
import dev.migrate.engine.api.Setting;
import dev.migrate.engine.api.TargetResult;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * The parameters of the goals that run over a fleet of targets, and how a fleet's result ends the
 * build. The engine runs the fleet and prints a line per target as it finishes; the goal adds the
 * summary and fails the build when a target failed.
 */
public abstract class AbstractFleetMojo extends AbstractMigrateMojo {
  /** At most this many failed targets are named in the build's failure message. */
  private static final int NAMED_FAILURES = 10;

  /**
   * Run the goal over a fleet: targets, each a schema of the {@code url}'s database, a database
   * URL, or the value of a {@code {tenant}} placeholder in the {@code url}; an entry {@code @FILE}
   * reads a file (relative to the module) with one target a line. On the command line,
   * comma-separated. Empty for the {@code url} alone.
   */
  @Parameter(property = "migrate.targets")
  private List<String> targets;

  /**
   * Run the goal over a fleet: a query on the {@code url}'s database whose first column lists the
   * targets, e.g. {@code SELECT nspname FROM pg_namespace WHERE nspname LIKE 'tenant_%'}.
   */
  @Parameter(property = "migrate.targetsQuery", defaultValue = "")
  private String targetsQuery;

  /**
   * How many fleet targets run at once. Each uses up to two connections: keep it well below the
   * server's connection limit (PostgreSQL allows 100 by default).
   */
  @Parameter(property = "migrate.parallel", defaultValue = "8")
  private String parallel;

  /** {@code true}: start no further target after the first failure; {@code false}: run them all. */
  @Parameter(property = "migrate.failFast", defaultValue = "false")
  private String failFast;

  /**
   * Which share of the fleet's targets this build takes, from 0 to {@code shardCount}-1; empty for
   * {@code JOB_COMPLETION_INDEX} from the environment (a Kubernetes Indexed Job), else 0.
   */
  @Parameter(property = "migrate.shardIndex", defaultValue = "")
  private String shardIndex;

  /**
   * Into how many shares the fleet's targets are cut; a target's share is a stable hash of its
   * name, so every runner must see the same targets.
   */
  @Parameter(property = "migrate.shardCount", defaultValue = "1")
  private String shardCount;

  /**
   * Where a fleet run writes its JSON report (relative to the module): one entry per target with
   * its outcome, heads, detail and failure. Empty for none.
   */
  @Parameter(property = "migrate.fleetReport", defaultValue = "")
  private String fleetReport;

  protected AbstractFleetMojo(SettingsDecrypter decrypter) {
    super(decrypter);
  }

  @Override
  protected String configured(Setting setting) {
    return switch (setting) {
      case TARGETS -> targets == null ? null : String.join(",", targets);
      case TARGETS_QUERY -> targetsQuery;
      case PARALLEL -> parallel;
      case FAIL_FAST -> failFast;
      case SHARD_INDEX -> shardIndex;
      case SHARD_COUNT -> shardCount;
      case FLEET_REPORT -> fleetReport;
      default -> super.configured(setting);
    };
  }

  /**
   * Prints the fleet's summary and fails the build unless every target succeeded: a target that
   * failed is a broken run; targets that {@code check} found behind are the expected kind of
   * failure.
   */
  protected final void report(FleetResult result)
      throws MojoExecutionException, MojoFailureException {
    List<String> summary = result.summary();
    getLog().info(summary.get(0));
    summary.subList(1, summary.size()).forEach(getLog()::error);
    if (result.exitCode() == FleetResult.EXIT_OK) {
      return;
    }
    List<TargetResult> failed = result.failures();
    if (failed.isEmpty()) {
      throw new MojoFailureException(
          summary.get(0) + "; not up to date: " + names(result, TargetResult.Outcome.PENDING));
    }
    throw new MojoExecutionException(
        summary.get(0)
            + "; failed: "
            + names(result, TargetResult.Outcome.FAILED)
            + (result.exitCode() == FleetResult.EXIT_RETRYABLE
                ? " (every failure is retryable: run the goal again)"
                : ""));
  }

  private static String names(FleetResult result, TargetResult.Outcome outcome) {
    List<String> names =
        result.results().stream()
            .filter(r -> r.outcome() == outcome)
            .map(TargetResult::target)
            .toList();
    String shown = String.join(", ", names.subList(0, Math.min(NAMED_FAILURES, names.size())));
    return names.size() > NAMED_FAILURES
        ? shown + " and " + (names.size() - NAMED_FAILURES) + " more"
        : shown;
  }
}

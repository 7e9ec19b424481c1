package dev.migrate.engine.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What a command did over a fleet: one result per target of this runner's shard, in target order.
 *
 * @param command the command run on every target
 * @param results one per target
 * @param totalTargets how many targets the whole fleet has (every shard)
 * @param shardIndex this runner's shard
 * @param shardCount how many shards the fleet is cut into
 * @param elapsed the wall time of the whole run
 */
public record FleetResult(
    String command,
    List<TargetResult> results,
    int totalTargets,
    int shardIndex,
    int shardCount,
    Duration elapsed) {

  /** Every target succeeded. */
  public static final int EXIT_OK = 0;

  /**
   * A deterministic failure (a script error, a broken state, {@code check} findings): running again
   * fails the same way, so a Kubernetes podFailurePolicy should not retry it.
   */
  public static final int EXIT_FAILED = 1;

  /**
   * Only failures worth retrying (a lost connection, a lock held past the timeout): {@code
   * EX_TEMPFAIL} from sysexits.h.
   */
  public static final int EXIT_RETRYABLE = 75;

  public FleetResult {
    results = List.copyOf(results);
  }

  /** How many targets ended with this outcome. */
  public long count(TargetResult.Outcome outcome) {
    return results.stream().filter(r -> r.outcome() == outcome).count();
  }

  /** The failed targets, in target order. */
  public List<TargetResult> failures() {
    return results.stream().filter(r -> r.outcome() == TargetResult.Outcome.FAILED).toList();
  }

  /**
   * The process exit code: {@link #EXIT_FAILED} when any target failed deterministically (or, for
   * {@code check}, is not up to date), else {@link #EXIT_RETRYABLE} when some failed in a way worth
   * retrying, else {@link #EXIT_OK}.
   */
  public int exitCode() {
    boolean deterministic =
        failures().stream().anyMatch(r -> !r.failure().retryable())
            || ("check".equals(command) && count(TargetResult.Outcome.PENDING) > 0);
    if (deterministic) {
      return EXIT_FAILED;
    }
    return failures().isEmpty() ? EXIT_OK : EXIT_RETRYABLE;
  }

  /** The closing lines: the counts, then each failure with its revision, file, line and words. */
  public List<String> summary() {
    List<String> lines = new ArrayList<>();
    String shard = shardCount > 1 ? " (shard " + shardIndex + " of " + shardCount + ")" : "";
    lines.add(
        String.format(
            "Fleet %s: %d target%s of %d%s in %.2f s: %d up to date, %d %s, %d pending, %d"
                + " failed, %d not run",
            command,
            results.size(),
            results.size() == 1 ? "" : "s",
            totalTargets,
            shard,
            elapsed.toMillis() / 1000.0,
            count(TargetResult.Outcome.UP_TO_DATE),
            count(TargetResult.Outcome.CHANGED),
            switch (command) {
              case "upgrade", "downgrade" -> command + "d";
              case "stamp" -> "stamped";
              default -> "changed";
            },
            count(TargetResult.Outcome.PENDING),
            count(TargetResult.Outcome.FAILED),
            count(TargetResult.Outcome.NOT_RUN)));
    for (TargetResult failed : failures()) {
      lines.add("  " + failed.line());
    }
    return lines;
  }
}

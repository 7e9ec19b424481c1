package dev.migrate.engine.runtime;

import dev.migrate.engine.api.MigrateConfig;
import java.time.Duration;

/**
 * The run-time guard against lock queues: how long a migration statement may wait for a table lock
 * ({@code statementLockTimeout}), and how often a revision that gave up waiting, leaving nothing
 * applied, is tried again ({@code lockRetries}), with a pause that doubles each time.
 *
 * @param timeout the wait for a table lock, or null to wait as the server does
 * @param retries how many more attempts a timed-out revision gets
 */
public record LockGuard(Duration timeout, int retries) {
  /** No timeout, no retry: the server's own waiting. */
  public static final LockGuard NONE = new LockGuard(null, 0);

  private static final Duration FIRST_PAUSE = Duration.ofMillis(500);
  private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

  /** The guard the configuration asks for. */
  public static LockGuard of(MigrateConfig config) {
    return new LockGuard(config.statementLockTimeout(), config.lockRetries());
  }

  /** The pause before attempt {@code retry} (1 for the first retry): 0.5 s, 1 s, 2 s ... 30 s. */
  Duration pauseBefore(int retry) {
    long millis = FIRST_PAUSE.toMillis() << Math.min(retry - 1, 16);
    return millis > LONGEST_PAUSE.toMillis() ? LONGEST_PAUSE : Duration.ofMillis(millis);
  }
}

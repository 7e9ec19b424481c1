package dev.migrate.engine.api;

import java.util.List;

/**
 * The outcome of {@code verify}: every check that ran and every failure found.
 *
 * @param checks one line per check that passed or was skipped (e.g. {@code staircase 9f2c1a...
 *     add_email: ok}); failed checks are in {@code failures} only
 * @param failures one plain sentence per failure, naming revision, file and the difference
 */
public record VerifyReport(List<String> checks, List<String> failures) {
  public VerifyReport {
    checks = List.copyOf(checks);
    failures = List.copyOf(failures);
  }

  /** True when every check passed. */
  public boolean passed() {
    return failures.isEmpty();
  }
}

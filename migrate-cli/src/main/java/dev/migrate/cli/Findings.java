package dev.migrate.cli;

import dev.migrate.engine.api.ValidationResult;

/**
 * Prints the outcome of {@code check} or {@code validate} as the Maven goals log it: a verdict on
 * stdout, or one error line on stderr listing the problems.
 */
final class Findings {
  private Findings() {}

  static int report(String command, ValidationResult result, String verdict, Console console) {
    if (result.ok()) {
      console.line(verdict);
      return Main.OK;
    }
    console.error("ERROR: " + command + ": " + String.join("; ", result.problems()));
    return Main.FAILED;
  }
}

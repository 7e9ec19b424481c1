package dev.migrate.cli;

import dev.migrate.engine.ValidationResult;

/** Prints the findings of {@code check} or {@code validate}: one per line, then the verdict. */
final class Findings {
  private Findings() {}

  static int report(String command, ValidationResult result, Console console) {
    if (result.ok()) {
      console.line(command + ": no problems found");
      return Main.OK;
    }
    result.problems().forEach(console::line);
    console.error(
        "ERROR: "
            + command
            + " failed: "
            + VerifyCommand.count(result.problems().size(), "problem"));
    return Main.FAILED;
  }
}

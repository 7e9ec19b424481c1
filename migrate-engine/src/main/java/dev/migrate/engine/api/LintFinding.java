package dev.migrate.engine.api;

import dev.migrate.engine.common.LintSeverity;

/**
 * One lint finding.
 *
 * @param revision the revision whose script holds the statement
 * @param file the script, as the revision's source names it
 * @param line the 1-based file line
 * @param column the 1-based column
 * @param rule the rule's id, as suppressions and overrides name it
 * @param severity the severity after overrides
 * @param message what is wrong here
 * @param why the lock taken and what it blocks
 * @param instead the safe alternative
 */
public record LintFinding(
    String revision,
    String file,
    int line,
    int column,
    String rule,
    LintSeverity severity,
    String message,
    String why,
    String instead) {

  /** {@code file:line:col rule severity message}. */
  public String text() {
    return file + ":" + line + ":" + column + " " + rule + " " + severity.label() + " " + message;
  }
}

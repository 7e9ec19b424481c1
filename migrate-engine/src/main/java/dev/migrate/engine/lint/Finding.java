package dev.migrate.engine.lint;

import dev.migrate.engine.common.LintSeverity;

/**
 * One thing a rule found in one statement.
 *
 * @param rule the rule's id
 * @param severity the severity after overrides
 * @param line the file line, 1-based
 * @param column the column on that line, 1-based
 * @param message what is wrong here, naming the table or object
 * @param why the lock and what it blocks
 * @param instead the safe alternative
 */
public record Finding(
    String rule,
    LintSeverity severity,
    int line,
    int column,
    String message,
    String why,
    String instead) {}

package dev.migrate.engine.lint;

import dev.migrate.engine.common.LintSeverity;

/**
 * What a lint rule is, for its findings and the documentation.
 *
 * @param id the stable name users write in suppressions and overrides ({@code drop-table})
 * @param severity the default severity
 * @param databases where it applies, as people say it ({@code PostgreSQL})
 * @param catches what it catches, one phrase
 * @param why the lock it takes and what that blocks
 * @param instead the safe alternative
 */
public record Rule(
    String id,
    LintSeverity severity,
    String databases,
    String catches,
    String why,
    String instead) {}

/**
 * Zero-downtime lint: the rule model ({@link dev.migrate.engine.lint.Rule}, {@link
 * dev.migrate.engine.lint.LintRule}), the words rules match on, suppression comments, and the
 * {@link dev.migrate.engine.lint.Linter} that runs a database's rules over scripts in revision
 * order. The rules common to every server database are here; each database's own rules live in its
 * package and come through {@code Dialect.lintRules()}. Knows nothing of JDBC.
 */
package dev.migrate.engine.lint;

/**
 * Runs plans: one execution path ({@link dev.migrate.engine.runtime.StepRunner}) that emits every
 * statement of every step (script statements, version rows, history rows, transaction control) to a
 * sink. The JDBC sink executes them; the script sink renders {@code upgrade.sql}.
 */
package dev.migrate.engine.runtime;

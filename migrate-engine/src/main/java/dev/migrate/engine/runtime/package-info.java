/**
 * The execution engine: one path ({@link dev.migrate.engine.runtime.StepRunner}) that emits every
 * statement of every step (script statements, version rows, history rows, transaction control) to
 * an {@link dev.migrate.engine.runtime.ExecutionSink}. The JDBC sink executes them; the script sink
 * renders {@code upgrade.sql}. Sinks state what they can do ({@code executes()}), so the runner
 * never asks which one it has; {@code TransactionPolicy} decides where transactions open and
 * commit.
 *
 * <p>{@link dev.migrate.engine.runtime.MigrationRuntime} owns a command's session: connect, detect
 * the dialect, lock, probe the tables, plan from the rows read under the lock, execute, finish.
 * {@link dev.migrate.engine.runtime.SessionRunner} runs plans on a connection the caller owns
 * (verify's scratch database). What a command computes lives in {@code command}, not here.
 */
package dev.migrate.engine.runtime;

/**
 * The {@code verify} command: schema snapshots ({@link dev.migrate.engine.verify.SnapshotReader},
 * {@link dev.migrate.engine.verify.SchemaSnapshot}) with a plain-words diff, throwaway databases
 * ({@link dev.migrate.engine.verify.ScratchDatabase}) and the checks themselves ({@link
 * dev.migrate.engine.verify.Verifier}, run by {@link dev.migrate.engine.verify.VerifyCommand}).
 * Internal: callers use {@code Migrator.verify()}.
 *
 * <p>Uses {@code api} (configuration, options, report), {@code command} (the one loading path),
 * {@code graph} (heads and plans), {@code runtime} (running one step at a time) and {@code jdbc}
 * (URL forms); the snapshot classes use JDBC only.
 */
package dev.migrate.engine.verify;

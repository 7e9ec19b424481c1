/**
 * The {@code verify} command: the schema readers ({@link dev.migrate.engine.verify.SnapshotReader}
 * with each database's {@code Catalog}, which lives in its database package) that read a database
 * into the typed {@code schema} model, throwaway databases ({@link
 * dev.migrate.engine.verify.ScratchDatabase}) and the checks themselves ({@link
 * dev.migrate.engine.verify.Verifier}, run by {@link dev.migrate.engine.verify.VerifyCommand}),
 * which compare schemas with {@code schema.SchemaComparison} and word its differences, and the
 * server roles a run creates ({@code RunRoles}, over each database's {@code ServerRoles}), which
 * outlive the scratch database and which the run drops. Internal: callers use {@code
 * Migrator.verify()}.
 *
 * <p>Uses {@code schema} (the model), {@code api} (configuration, options, report), {@code command}
 * (the one loading path), {@code graph} (heads and plans), {@code runtime} (running one step at a
 * time), {@code state} (the names of migrate's tables), {@code jdbc} (URL forms) and {@code
 * database} (which database a connection or URL is, its schema reader and how it makes a scratch
 * database); the readers use JDBC and {@code schema} only.
 */
package dev.migrate.engine.verify;

/**
 * Public API, the values: the configuration ({@link dev.migrate.engine.api.MigrateConfig}, {@link
 * dev.migrate.engine.api.TransactionMode}, {@link dev.migrate.engine.api.VerifyOptions}, {@link
 * dev.migrate.engine.api.RevisionRequest}) and the results {@link dev.migrate.engine.Migrator}
 * returns ({@link dev.migrate.engine.api.RunResult}, {@link dev.migrate.engine.api.Status}, {@link
 * dev.migrate.engine.api.VerifyReport} and the rest). Separate from the facade so that the internal
 * packages can use these values without a cycle through {@code Migrator}; it depends on {@code
 * common} only.
 */
package dev.migrate.engine.api;

/**
 * Public API for Java migrations: the {@link dev.migrate.engine.migration.JavaMigration} SPI, its
 * {@link dev.migrate.engine.migration.RevisionInfo} metadata (the same keys as a SQL header) and
 * the {@link dev.migrate.engine.migration.Operations} API with its value types.
 *
 * <p>Operations render to SQL per database (one small renderer per database behind {@code
 * SqlRenderer}) and emit statements to the run's sink, so a Java migration behaves the same online
 * and offline. Depends on {@code common}, {@code sql} and {@code dialect} only; {@code script}
 * wraps Java migrations into its {@code Migration}s.
 *
 * <p>Not API although public: {@link dev.migrate.engine.migration.StatementOperations}, the
 * implementation {@code script} hands to a migration. {@link
 * dev.migrate.engine.migration.Operations#database()} exposes {@code dialect.DatabaseKind}, which
 * is therefore API as well.
 */
package dev.migrate.engine.migration;

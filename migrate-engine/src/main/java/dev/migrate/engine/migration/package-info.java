/**
 * Public API for Java migrations: the {@link dev.migrate.engine.migration.JavaMigration} SPI, its
 * {@link dev.migrate.engine.migration.RevisionInfo} metadata (the same keys as a SQL header) and
 * the {@link dev.migrate.engine.migration.Operations} API with its value types.
 *
 * <p>Each operation becomes a {@code schema.change} value, which the database's renderer (one small
 * renderer per database, in its {@code database.*} package, behind {@code SqlRenderer}) writes as
 * SQL for the run's sink, so a Java migration behaves the same online and offline. Depends on
 * {@code common}, {@code sql}, {@code database}, {@code schema} and {@code schema.change}; {@code
 * script} wraps Java migrations into its {@code Migration}s.
 *
 * <p>Not API although public: {@link dev.migrate.engine.migration.StatementOperations}, the
 * implementation {@code script} hands to a migration, and {@link
 * dev.migrate.engine.migration.AbstractRenderer}, the shared SQL the renderers in the database
 * packages extend. {@link dev.migrate.engine.migration.Operations#database()} answers with {@code
 * common.DatabaseKind}, which is exported for that reason.
 */
package dev.migrate.engine.migration;

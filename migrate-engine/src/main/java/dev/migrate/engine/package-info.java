/**
 * The public API: {@link dev.migrate.engine.Migrator}, {@link dev.migrate.engine.api.MigrateConfig}
 * and the result records. Everything below {@code dev.migrate.engine.*} except {@code common} and
 * {@code migration} is internal and may change.
 */
package dev.migrate.engine;

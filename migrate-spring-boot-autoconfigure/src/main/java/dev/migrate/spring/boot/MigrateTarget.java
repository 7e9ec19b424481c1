package dev.migrate.spring.boot;

import dev.migrate.engine.Migrator;
import javax.sql.DataSource;

/**
 * One DataSource the starter migrates.
 *
 * @param name the DataSource's bean name
 * @param dataSource the application's DataSource (the migration may use its own connection)
 * @param migrator the engine's facade, configured for this DataSource
 * @param target the revision to upgrade to
 * @param failOnPending true to migrate nothing and fail when the database is behind
 */
public record MigrateTarget(
    String name, DataSource dataSource, Migrator migrator, String target, boolean failOnPending) {}

/**
 * Locations, scanning, header parsing, checksums and writing new scripts; the loader that merges
 * SQL scripts and Java migrations into one list of {@link dev.migrate.engine.script.Migration}s.
 *
 * <p>Entry point: {@link dev.migrate.engine.script.MigrationLoader#loadAll} (or {@code
 * MigrationLoader.standard().load(locations, classLoader, baseDirectory)}) returns every migration
 * in load order. A new kind of migration implements {@link
 * dev.migrate.engine.script.MigrationSource} and is added to {@link
 * dev.migrate.engine.script.MigrationLoader#standard()}.
 *
 * <p>Load order: locations in configured order; within one, each source in turn (SQL first); SQL
 * scripts by relative path as {@link dev.migrate.engine.script.ResourceScanner} documents (code
 * point order, a directory's own files before its subdirectories, as Alembic 2.3).
 *
 * <p>{@link dev.migrate.engine.script.HeaderCache} remembers parsed headers of filesystem scripts
 * between runs ({@code MigrationLoader.standard(cache)}); {@link
 * dev.migrate.engine.script.SqlMigrationSource} decides which remembered entries still hold, and a
 * script served from it reads its sections only when they are used.
 *
 * <p>Uses {@code common}, {@code graph} (Revision), {@code sql} (splitting), {@code database} (the
 * syntax to split with) and {@code migration} (the Java-migration SPI); never the facade, which
 * passes the settings it needs ({@link dev.migrate.engine.script.Authoring.Settings}).
 */
package dev.migrate.engine.script;

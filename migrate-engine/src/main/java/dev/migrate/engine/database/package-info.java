/**
 * One home per database: the {@link dev.migrate.engine.database.DatabaseSupport} SPI that answers
 * every per-database question, the {@link dev.migrate.engine.database.Dialect} a connection speaks,
 * and the {@link dev.migrate.engine.database.Databases} registry. Each database lives in a package
 * of its own below this one ({@code postgresql}, {@code mariadb}, {@code h2}, {@code sqlite}); the
 * rest of the engine asks these interfaces and never which database it is talking to.
 *
 * <p>Depends on {@code schema} (the model a schema reader fills), {@code sql} (the splitter's
 * syntax) and {@code common} only, so every engine package may use it; the database packages, which
 * build locks, renderers and schema readers, are found through {@link java.util.ServiceLoader} and
 * used by nobody by name.
 */
package dev.migrate.engine.database;

/**
 * The public API's entry point, the {@link dev.migrate.engine.Migrator} facade. The rest of the
 * public API is {@code dev.migrate.engine.api} (configuration and result values), {@code api.error}
 * (the exceptions a caller handles), {@code common} (the base exception, the reporter) and {@code
 * migration} (Java migrations). Every other package below {@code dev.migrate.engine} is internal
 * and may change.
 */
package dev.migrate.engine;

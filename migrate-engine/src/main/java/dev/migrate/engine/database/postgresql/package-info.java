/**
 * PostgreSQL: its support (detection, driver, URL forms, scratch databases), dialect, splitter
 * syntax, the statements that refuse a transaction block and the advisory lock.
 */
package dev.migrate.engine.database.postgresql;

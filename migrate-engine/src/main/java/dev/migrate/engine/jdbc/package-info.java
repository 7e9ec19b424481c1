/**
 * Connections from the configuration: a data source, or a URL (JDBC or {@code
 * postgresql://user:pass@host:port/db}) through {@link java.sql.DriverManager}; password masking
 * for everything printed.
 */
package dev.migrate.engine.jdbc;

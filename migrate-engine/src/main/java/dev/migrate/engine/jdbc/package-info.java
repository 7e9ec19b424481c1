/**
 * Connections from the configuration: a data source, or a URL (JDBC or {@code
 * postgresql://user:pass@host:port/db}) through the shipped driver for it (H2, PostgreSQL,
 * MariaDB/MySQL) or else {@link java.sql.DriverManager}. Messages mask passwords with {@link
 * dev.migrate.engine.common.PasswordMasker}.
 */
package dev.migrate.engine.jdbc;

/**
 * H2: its support (detection, driver, embedded and in-memory databases, connection defaults),
 * dialect, splitter syntax and the row lock.
 */
package dev.migrate.engine.database.h2;

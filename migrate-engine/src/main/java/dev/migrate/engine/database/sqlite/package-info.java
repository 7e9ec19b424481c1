/**
 * SQLite: its support (detection, driver, databases in files, scratch files), dialect, splitter
 * syntax, the lock on a side file, the renderer that recreates a table for the ALTERs SQLite lacks
 * and the schema reader.
 */
package dev.migrate.engine.database.sqlite;

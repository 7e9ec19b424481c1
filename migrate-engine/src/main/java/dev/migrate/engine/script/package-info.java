/**
 * Locations, scanning, header parsing, checksums and writing new scripts; the loader that merges
 * SQL scripts and Java migrations into one list of {@link dev.migrate.engine.script.Migration}s.
 */
package dev.migrate.engine.script;

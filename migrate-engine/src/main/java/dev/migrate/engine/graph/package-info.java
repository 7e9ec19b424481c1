/**
 * The revision graph: revisions, heads, bases, labels, dependencies, the target grammar and the
 * planning of upgrade, downgrade and stamp. Pure: no files, no database.
 */
package dev.migrate.engine.graph;

/**
 * Fleets: one command over many targets (tenant schemas of one database, or databases of their
 * own). The target list and its shards ({@code TargetList}), the connections reused by schema
 * targets ({@code ServerPool}), the bounded parallel run with a line per target ({@code
 * FleetRunner}), the failures' retry classes and the JSON report. The facade {@code Fleet} calls
 * {@code Migrator} per target; nothing here runs a migration itself.
 */
package dev.migrate.engine.fleet;

package dev.migrate.engine.graph;

/** What a step does to the database. */
public enum Direction {
  UPGRADE,
  DOWNGRADE,
  /** Writes version rows without running scripts. */
  STAMP
}

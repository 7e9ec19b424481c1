package dev.migrate.engine.api;

/** How revisions are grouped into transactions on databases with transactional DDL. */
public enum TransactionMode {
  /** Each revision, its version-row change and its history row commit together (the default). */
  PER_REVISION,
  /** The whole run is one transaction: all or nothing. */
  ALL
}

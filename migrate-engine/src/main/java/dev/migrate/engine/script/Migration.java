package dev.migrate.engine.script;

import dev.migrate.engine.graph.Revision;

/**
 * A revision together with what it does: a SQL script or a Java migration. The runtime executes
 * both alike by handing them a {@link MigrationContext} whose sink either runs or renders.
 */
public interface Migration {
  Revision revision();

  /** A stable checksum of what this migration does (SHA-256 over the normalised script text). */
  String checksum();

  /** False for scripts that must run outside a transaction (CREATE INDEX CONCURRENTLY). */
  boolean transactional();

  /** False when the script has no downgrade section; downgrading it is then an error. */
  boolean hasDowngrade();

  /** Emits the upgrade statements to the context's sink. */
  void upgrade(MigrationContext context);

  /** Emits the downgrade statements to the context's sink. */
  void downgrade(MigrationContext context);
}

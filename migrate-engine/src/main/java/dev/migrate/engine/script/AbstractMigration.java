package dev.migrate.engine.script;

import dev.migrate.engine.graph.Revision;
import java.util.Objects;

/**
 * What every kind of migration carries the same way: its revision, checksum and transactionality.
 */
abstract class AbstractMigration implements Migration {
  private final Revision revision;
  private final String checksum;
  private final boolean transactional;

  AbstractMigration(Revision revision, String checksum, boolean transactional) {
    this.revision = Objects.requireNonNull(revision, "revision");
    this.checksum = Objects.requireNonNull(checksum, "checksum");
    this.transactional = transactional;
  }

  @Override
  public final Revision revision() {
    return revision;
  }

  @Override
  public final String checksum() {
    return checksum;
  }

  @Override
  public final boolean transactional() {
    return transactional;
  }
}

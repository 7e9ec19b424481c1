package dev.migrate.engine.script;

import dev.migrate.engine.graph.Revision;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What every kind of migration carries the same way: its revision, checksum and transactionality.
 */
abstract class AbstractMigration implements Migration {
  private final Revision revision;
  private final boolean transactional;
  // Hashing every script at load made listing commands (heads, history) pay for SHA-256 over the
  // whole tree; only commands that compare or record checksums call checksum().
  private Supplier<String> checksumSource;
  private String checksum;

  /** {@code checksum} runs at most once, on the first {@link #checksum()} call. */
  AbstractMigration(Revision revision, Supplier<String> checksum, boolean transactional) {
    this.revision = Objects.requireNonNull(revision, "revision");
    this.checksumSource = Objects.requireNonNull(checksum, "checksum");
    this.transactional = transactional;
  }

  @Override
  public final Revision revision() {
    return revision;
  }

  @Override
  public final synchronized String checksum() {
    if (checksum == null) {
      checksum = Objects.requireNonNull(checksumSource.get(), "checksum");
      checksumSource = null;
    }
    return checksum;
  }

  @Override
  public final boolean transactional() {
    return transactional;
  }
}
